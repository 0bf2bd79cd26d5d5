class DeviceError(Exception):
    pass

class TimeoutError(DeviceError):
    def __init__(self, device, seconds):
        DeviceError.__init__(self, device, seconds)
        self.device = device

try:
    raise TimeoutError('plc1', 5)
except DeviceError, e:
    print 'caught', e.__class__.__name__, e, e.args, e.device
    print isinstance(e, StandardError), isinstance(e, Exception)
print issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError)
