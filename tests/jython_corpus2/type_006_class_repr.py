class A(object):
    pass
print repr(A).startswith("<class '__main__.A'")
a = A()
print repr(a).startswith('<__main__.A object at')
print A.__name__, A.__module__
