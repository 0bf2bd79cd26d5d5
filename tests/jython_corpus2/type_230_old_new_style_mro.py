# type: old new style mro
class A:
    x = 1
class B(A):
    pass
print B.x, B().x, isinstance(B(), A)
