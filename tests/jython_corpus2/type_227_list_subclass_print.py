# type: list subclass print
class L(list):
    pass
l = L([1, 2])
print l, len(l), type(l).__name__
