import functools
def scale(value, factor, offset=0):
    return value * factor + offset
to_pct = functools.partial(scale, factor=100)
print to_pct(0.5), to_pct(0.25, offset=1)
p = functools.partial(max, 5)
print p(3), p(9)
