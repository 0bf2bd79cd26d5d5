# sem: eq hash
class K(object):
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return self.k == o.k
    def __hash__(self):
        return hash(self.k)
print len(set([K(1), K(1), K(2)])), K(1) in [K(1)]
