from java.util import ArrayList
parts = ArrayList()
parts.add('pump')
parts.add('valve')
print repr(','.join(parts)), repr(u'/'.join(['a', 'b']))
for sep, items in [(',', [u'a', 'b']), (',', [u'a', '\xe9']), (u',', ['\xe9']),
                   ('\xe9', [u'a', u'b']), ('\xe9', ['a', 'b']), ('', ('x', u'y'))]:
    try:
        r = sep.join(items)
        print repr(r), type(r).__name__
    except UnicodeDecodeError, e:
        print 'UnicodeDecodeError', e.start, e.end
