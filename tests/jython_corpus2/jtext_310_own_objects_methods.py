# the script's own objects with methods named like str's: called as they are
class Reading(object):
    def __init__(self, v):
        self.v = v
    def lower(self):
        return 'low %s' % self.v
    def split(self):
        return [self.v, self.v]
    def isdigit(self):
        return 'yes'

r = Reading(3)
print r.lower(), r.split(), r.isdigit()
items = [Reading(1), 'AB\xc9', u'AB\xc9', 'ab']
print [x.lower() for x in items]
d = {'k': 'X\xe9 y'}
print repr(d['k'].lower()), repr(d['k'].split()), repr(d.get('k').upper().strip())
