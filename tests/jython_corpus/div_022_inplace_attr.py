class Counter:
    def __init__(self):
        self.n = 99
c = Counter()
c.n /= 10
print c.n
c.n /= 2.0
print c.n
