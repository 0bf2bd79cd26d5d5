# sem: getattr setattr instance
class C(object):
    pass
c = C()
setattr(c, 'speed', 5)
print getattr(c, 'speed'), hasattr(c, 'speed'), c.__dict__
