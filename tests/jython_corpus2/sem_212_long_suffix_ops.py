# sem: long suffix ops
a = 5L
b = 3
print a + b, type(a + b), a * 1.5, type(a / b)
