class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor
    def __cmp__(self, other):
        return cmp((self.major, self.minor), (other.major, other.minor))
    def __repr__(self):
        return "v%d.%d" % (self.major, self.minor)
vs = [Version(8, 1), Version(7, 9), Version(8, 0)]
print sorted(vs)
print Version(7, 9) < Version(8, 0), Version(1, 1) == Version(1, 1)
print max(vs)
