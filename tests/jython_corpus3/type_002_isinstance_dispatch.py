# Type dispatch in a value formatter.
def fmt(v):
    if isinstance(v, bool):
        return 'bool:%s' % v
    if isinstance(v, (int, long)):
        return 'int:%d' % v
    if isinstance(v, float):
        return 'float:%.2f' % v
    if isinstance(v, basestring):
        return 'text:%s' % v
    if isinstance(v, (list, tuple)):
        return 'seq:%d' % len(v)
    return 'other:%r' % (v,)


for v in [True, 5, 2 ** 40, 1.25, 'x', u'y', [1], (1, 2), None, {'a': 1}]:
    print fmt(v)
print isinstance(2 ** 40, int), isinstance(5, long), issubclass(bool, int)
