class A(object):
    pass
try:
    A().missing
except AttributeError, e:
    print e
try:
    (1).foo
except AttributeError, e:
    print e
