# '%s' formatting mixes: a unicode argument makes the whole result unicode.
def report(name, value, unit):
    return '%s = %s %s' % (name, value, unit)


r1 = report('Flow', 12.5, 'gpm')
r2 = report(u'Flow', 12.5, 'gpm')
r3 = report('Flow', 12.5, u'gpm')
for r in (r1, r2, r3):
    print type(r).__name__, repr(r)
print repr('%s' % u'x'), repr('%r' % u'x'), repr(u'%s' % 'y')
try:
    print repr(u'%s' % 'caf\xe9')
except UnicodeDecodeError, e:
    print 'UnicodeDecodeError', e
print repr('%-6s|' % u'ab'), repr('%5s' % 'ab')
