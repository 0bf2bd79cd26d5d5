a = 10L
b = 3
print a + b, repr(a + b)
print a * b, repr(a * b)
print a - 20, repr(a - 20)
print repr(a ** 2)
