# sem: multiple assignment
a = b = c = 0
a, b = b + 1, a + 2
print a, b, c
x, y = y, x = 1, 2
print x, y
