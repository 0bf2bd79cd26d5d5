# Joining a mix of byte strings and unicode for a CSV row.
def row(values):
    return ','.join([v if isinstance(v, basestring) else str(v) for v in values])


r1 = row(['T1', 80, u'OK'])
r2 = row(['T2', 1.5, 'low'])
print repr(r1), repr(r2)
try:
    print repr(row([u'T3', 'caf\xe9']))
except UnicodeDecodeError, e:
    print 'UnicodeDecodeError:', e
print repr(u','.join([])), repr(''.join([u'a'])), repr(' '.join(('x', 'y')))
