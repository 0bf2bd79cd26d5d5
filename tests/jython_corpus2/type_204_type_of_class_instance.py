# type: type of class instance
class A(object):
    pass
class B:
    pass
print type(A()) is A, type(B()).__name__, type(A).__name__
