from java.lang import Math, Long, Integer
print repr(Long.MAX_VALUE - Long.MAX_VALUE), repr(Long.MAX_VALUE), repr(Long.MIN_VALUE + 1)
print repr(Integer.MAX_VALUE - 1), repr(Long.MAX_VALUE // Long.MAX_VALUE), repr(Long.parseLong('5') * 0)
print type(Long.MAX_VALUE).__name__, type(Integer.MAX_VALUE).__name__, repr(Long.SIZE)
print repr(Math.max(2, 3)), repr(Math.min(2, 3)), repr(Math.abs(-3)), repr(Math.abs(-2.5)), repr(Math.max(2, 3.5))
print type(Math.abs(-3)).__name__, repr(Math.abs(-5L)), repr(Math.floorDiv(7, 2))
