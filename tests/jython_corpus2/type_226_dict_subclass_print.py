# type: dict subclass print
class D(dict):
    pass
d = D(a=1)
print d, type(d).__name__, isinstance(d, dict)
