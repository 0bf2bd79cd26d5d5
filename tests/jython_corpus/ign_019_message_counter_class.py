class Stats:
    def __init__(self):
        self.n = 0
        self.total = 0
    def add(self, v):
        self.n += 1
        self.total += v
    def mean(self):
        return self.total / self.n
stats = Stats()
def handleMessage(payload):
    stats.add(payload['v'])
    print "n", stats.n, "mean", stats.mean()
for v in [4, 5, 7]:
    handleMessage({'v': v})
