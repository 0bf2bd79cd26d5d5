class Empty(object):
    def __len__(self):
        return 0
class Flag(object):
    def __nonzero__(self):
        return False
print bool(Empty()), bool(Flag()), bool(object())
if not Flag():
    print "flag is false"
