def handler(event):
    return event

class Ctl(object):
    def start(self):
        pass

print type(handler), handler.__name__
print type(Ctl().start)
print Ctl.start.__name__, Ctl().start.__name__
