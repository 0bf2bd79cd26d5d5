# sem: class attr instance
class Counter(object):
    total = 0
    def __init__(self):
        Counter.total += 1
        self.id = Counter.total
a, b = Counter(), Counter()
print a.id, b.id, Counter.total
