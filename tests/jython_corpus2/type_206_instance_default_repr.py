# type: instance default repr
class A(object):
    pass
r = repr(A())
print r.split(' at ')[0]
