# sem: getattr default
class C(object):
    x = 1
print getattr(C, 'x'), getattr(C, 'y', 'dflt'), hasattr(C, 'x'), hasattr(C, 'y')
