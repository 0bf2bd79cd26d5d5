# java.lang.Math for integrators who know Java.
from java.lang import Math, Integer, Long, Double

print Math.max(3, 7), Math.min(2.5, 1), Math.abs(-4), Math.pow(2, 8), Math.sqrt(16)
print Math.round(2.5), Math.round(-2.5), Math.round(2.4)
print repr(Math.round(2.5)), Math.floor(2.7), Math.ceil(2.1)
print Integer.parseInt('42'), Integer.MAX_VALUE, Integer.toHexString(255), Integer.toBinaryString(5)
print Long.parseLong('9000000000'), repr(Long.parseLong('8')), Double.parseDouble('2.5')
print Integer.valueOf(7) == 7, Math.signum(-3.0), Math.hypot(3, 4)
