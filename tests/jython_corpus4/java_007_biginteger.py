from java.math import BigInteger
x = BigInteger('123456789012345678901234567890')
print x.add(BigInteger.ONE), x.mod(BigInteger('97'))
print x.pow(2), x.negate(), x.signum()
