class Meter(object):
    def read(self, channel):
        return channel
    def reset(self):
        return 0

m = Meter()
for call in [lambda: m.read(), lambda: m.read(1, 2), lambda: m.reset(5)]:
    try:
        call()
    except TypeError, e:
        print e
