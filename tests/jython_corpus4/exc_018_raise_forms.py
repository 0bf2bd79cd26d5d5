def check(v):
    if v < 0:
        raise ValueError, 'negative: %d' % v
    if v > 100:
        raise ValueError('too big', v)
    return v

for v in [5, -1, 101]:
    try:
        print check(v)
    except ValueError, e:
        print 'error', e
