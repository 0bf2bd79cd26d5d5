class Version(object):
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __cmp__(self, other):
        return cmp((self.major, self.minor), (other.major, other.minor))
    def __repr__(self):
        return 'v%d.%d' % (self.major, self.minor)

vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print sorted(vs), max(vs), Version(1, 0) == Version(1, 0)
print Version(2, 0) > Version(1, 9)
