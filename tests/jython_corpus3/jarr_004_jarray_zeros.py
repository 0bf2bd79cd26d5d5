# Buffers for Java APIs built with jarray.
import jarray
from java.lang import String

ints = jarray.zeros(4, 'i')
print ints, len(ints)
ints[2] = 7
print ints, ints[2], list(ints)
doubles = jarray.zeros(2, 'd')
print doubles
flags = jarray.zeros(3, 'z')
print flags
names = jarray.zeros(2, String)
print names
print jarray.array([1, 2, 3], 'i'), jarray.array([1.5], 'd')
print jarray.array(['a', 'b'], String)
