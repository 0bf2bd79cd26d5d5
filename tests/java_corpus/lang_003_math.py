# java.lang.Math: Java's round (half up, to long), int-preserving abs/max/min, IEEE results.
from java.lang import Math
import java.lang

print Math.round(2.5), Math.round(-2.5), Math.round(0.49999999999999994), Math.round(-0.5), Math.round(1e20), Math.round(float("nan")), Math.round(-1.5), Math.round(2)
print Math.abs(-5), Math.abs(-5.5), Math.max(1, 2.5), Math.max(1, 2), Math.min(3, 1), Math.max(2 ** 40, 3)
print Math.pow(2, 10), Math.sqrt(4), Math.floor(2.5), Math.ceil(2.1), Math.floor(-0.5), Math.ceil(-0.5)
print Math.signum(-3.0), Math.floorMod(-7, 3), Math.floorDiv(-7, 2), Math.hypot(3, 4), Math.cbrt(27), Math.log10(1000), Math.toDegrees(Math.PI)
print "%.6f %.6f" % (Math.E, Math.PI), Math.sqrt(-1) != Math.sqrt(-1), Math.exp(0), Math.log(1)
r = Math.random()
print 0 <= r < 1
try:
    Math.floorMod(1, 0)
except java.lang.ArithmeticException, e:
    print e
