# sem: functools partial
import functools
def scale(x, factor):
    return x * factor
double = functools.partial(scale, factor=2)
print double(4), reduce(lambda a, b: a + b, map(double, [1, 2]))
