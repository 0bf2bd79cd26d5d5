a = 2 ** 31
print a, repr(a), type(a).__name__
b = 2 ** 63
print b, repr(b), type(b).__name__
print repr(b - b), type(b - b).__name__
