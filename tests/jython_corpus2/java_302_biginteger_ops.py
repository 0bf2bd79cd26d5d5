# java: BigInteger divides toward zero and mod is never negative, as Java computes them
from java.math import BigInteger
a = BigInteger('-17')
b = BigInteger('5')
print a.divide(b), a.remainder(b), a.mod(b), a.multiply(b), a.add(b), a.subtract(b)
print BigInteger('2').pow(100), BigInteger('255').toString(16), BigInteger('ff', 16)
print a.abs(), a.negate(), a.signum(), a.compareTo(b), b.equals(BigInteger('5')), BigInteger.valueOf(7)
print BigInteger('4294967297').intValue(), BigInteger('3').modPow(BigInteger('4'), BigInteger('5')), BigInteger('-1').bitLength()
