a = 2 ** 31
print a, repr(a), type(a).__name__
print isinstance(a, int), isinstance(a, (int, long))
b = 2 ** 31 - 1
print repr(b), type(b).__name__
c = 2147483647
print repr(c), type(c).__name__
