# A library's own exception hierarchy.
class DeviceError(Exception):
    def __init__(self, device, msg):
        Exception.__init__(self, '%s: %s' % (device, msg))
        self.device = device


class TimeoutError_(DeviceError):
    pass


def poll(device):
    if device.startswith('X'):
        raise TimeoutError_(device, 'no answer')
    return 'ok'


for d in ['PLC1', 'X9']:
    try:
        print poll(d)
    except DeviceError, e:
        print type(e).__name__, e, e.device, e.args
        print isinstance(e, DeviceError), issubclass(TimeoutError_, Exception)
