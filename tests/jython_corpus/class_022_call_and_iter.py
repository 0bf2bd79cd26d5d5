class Scaler(object):
    def __init__(self, k):
        self.k = k
    def __call__(self, v):
        return v * self.k
double = Scaler(2)
print double(4), map(double, [1, 2])
class Countdown(object):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n, 0, -1))
print list(Countdown(3))
