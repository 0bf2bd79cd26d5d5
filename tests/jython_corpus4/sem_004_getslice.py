class Buffer(object):
    def __init__(self, data):
        self.data = data
    def __getslice__(self, i, j):
        return 'slice(%d,%d)' % (i, j)
    def __getitem__(self, k):
        return 'item(%r)' % (k,)

b = Buffer('abc')
print b[1:2], b[0]
print b[:3]
