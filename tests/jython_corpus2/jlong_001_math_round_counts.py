# jlong: Math.round returns a Java long, so Jython shows 3L in reprs
from java.lang import Math
readings = [2.5, 10.49, -0.5, 99.5]
rounded = [Math.round(r) for r in readings]
print rounded
print type(rounded[0]).__name__, rounded[0] == 3, '%d|%s|%r' % (rounded[0], rounded[1], rounded[2])
print {'count': Math.round(7.6)}, str(Math.round(1.2)), Math.round(3) + 1
print Math.floorDiv(7, 2), Math.floorMod(-7, 3), Math.abs(-5L), Math.abs(-5), Math.max(2L, 3), Math.max(2, 3)
