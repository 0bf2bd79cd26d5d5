a = [1, 2, 3, 4, 5]
a[1:3] = ['x']
print a
a[:0] = [0]
print a
del a[::2]
print a
