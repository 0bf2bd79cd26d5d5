from java.math import BigInteger
x = BigInteger('123456789012345678901234567890')
print x.add(BigInteger.ONE)
print x.mod(BigInteger('97')), x.bitLength()
