from java.lang import Math
print Math.signum(-3.2), Math.hypot(3, 4), Math.toDegrees(Math.PI)
print Math.floorDiv(-7, 2), Math.floorMod(-7, 2)
print Math.abs(-2.5), Math.max(1L, 2L)
