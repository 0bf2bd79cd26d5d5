# raise E, V and raise E(V) forms.
def check(level):
    if level < 0:
        raise ValueError, 'negative level %d' % level
    if level > 100:
        raise ValueError('level over 100: %d' % level)
    return level


for lv in [50, -1, 150]:
    try:
        print check(lv)
    except ValueError, e:
        print 'rejected:', e
try:
    raise KeyError, ('a', 'b')
except KeyError, e:
    print repr(e), e.args
