# Java char arrays from String.toCharArray, and jarray char arrays.
import jarray
from java.lang import String

chars = String('PUMP').toCharArray()
print chars, len(chars), chars[0], list(chars), ''.join(chars)
print jarray.array('ab', 'c'), jarray.zeros(2, 'c')
print jarray.zeros(2, 'l'), jarray.array([3, 4], 'l'), jarray.array([1, 2], 'h')
print String('ab').getBytes(), jarray.array([True, False], 'z'), jarray.array([0.5], 'f')
counts = {}
for c in String('banana').toCharArray():
    counts[c] = counts.get(c, 0) + 1
print sorted(counts.items())
