# type: method repr
class P(object):
    def run(self):
        pass
print repr(P().run).split(' of ')[0], P.run.__name__
