# Integer division in Python 2 floors; scaling helpers depend on it.
def scale(raw, lo, hi):
    return (raw - lo) * 100 / (hi - lo)


print scale(50, 0, 200), scale(-1, 0, 3), scale(7, 2, 4)
print 7 / 2, -7 / 2, 7 // 2, 7.0 / 2, 7 % 3, -7 % 3, divmod(-7, 2)
x = 10
x /= 4
print x, 2 ** -1, 10 / 4.0
print 2 ** 31 / 2, type(2 ** 31 / 2).__name__
