# sem: str method class
class Tag(object):
    def __init__(self, p):
        self.p = p
    def __str__(self):
        return 'Tag(%s)' % self.p
print Tag('a'), str(Tag('b')), '%s' % Tag('c')
