class Queue(object):
    def __init__(self, items):
        self.items = items
    def __nonzero__(self):
        return len(self.items) > 0

for q in [Queue([]), Queue([1])]:
    if q:
        print 'has work'
    else:
        print 'empty'
print bool(Queue([2]))
