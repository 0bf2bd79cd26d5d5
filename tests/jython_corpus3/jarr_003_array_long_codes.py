# Long and unsigned arrays print their items as longs in Jython.
from array import array

counts = array('l', [5, 10])
print counts, counts[0], type(counts[0]).__name__
print array('L', [7]), array('I', [1, 2])
print array('f', [0.5, 2.0]), array('B', [0, 255])
b = array('b', [1, -2, 3])
print b.tostring() == '\x01\xfe\x03', b.tolist()
print array('i', [1, 2]) + array('i', [3]), array('i', [0]) * 3
c = array('i', range(6))
c.reverse()
print c, c.count(2), c.index(4)
