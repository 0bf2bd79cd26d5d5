# type: class str print
class A(object):
    pass
class B:
    pass
print A
print B
