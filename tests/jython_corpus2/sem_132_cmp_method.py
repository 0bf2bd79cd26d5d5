# sem: cmp method
class V(object):
    def __init__(self, n):
        self.n = n
    def __cmp__(self, other):
        return cmp(self.n, other.n)
print V(1) < V(2), V(2) == V(2), sorted([V(3), V(1)])[0].n
