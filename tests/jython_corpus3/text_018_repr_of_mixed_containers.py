# How containers of mixed strings print.
row = ['id', u'name', 'caf\xe9', u'caf\xe9', u'\u2013', '\t', u'\n']
print row
print tuple(row[:3])
print repr(row[2]), repr(row[3]), str(row[2]) == row[2]
print [repr(x) for x in ['a', u'b']]
d = {'bytes': 'caf\xe9', 'text': u'caf\xe9'}
print d['bytes'] == 'caf\xe9', d['text'] == 'caf\xe9', len(d['bytes']), len(d['text'])
print repr(u'\x00\x7f\x80\xff\u0100')
print repr('\x00\x7f\x80\xff'), repr("it's"), repr('say "hi"'), repr('both \' and "')
