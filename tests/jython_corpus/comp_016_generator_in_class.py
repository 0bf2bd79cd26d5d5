class Batch(object):
    def __init__(self, items, size):
        self.items = items
        self.size = size
    def chunks(self):
        for i in range(0, len(self.items), self.size):
            yield self.items[i:i + self.size]
print list(Batch(range(7), 3).chunks())
