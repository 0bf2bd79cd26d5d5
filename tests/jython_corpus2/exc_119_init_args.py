# exc: init args
class Tank(object):
    def __init__(self, name, level):
        self.name = name
try:
    Tank('T1')
except TypeError, e:
    print e
