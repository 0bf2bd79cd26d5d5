# type: type.mro(C) and C.mro() list the same classes
class Device(object):
    pass
class Pump(Device):
    pass
class VFDPump(Pump):
    pass
print type.mro(VFDPump)
print VFDPump.mro() == type.mro(VFDPump), [c.__name__ for c in type.mro(Pump)]
print len(VFDPump.__mro__), type.mro(int)
