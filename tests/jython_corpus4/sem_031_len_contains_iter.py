class Bag(object):
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
b = Bag(1, 2, 3)
print len(b), 2 in b, 9 in b, list(b), sum(b)
