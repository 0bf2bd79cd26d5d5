# order: set operations order
a = set(['x', 'y', 'z', 'w'])
b = set(['y', 'w', 'q'])
print a - b, a & b, a | b
