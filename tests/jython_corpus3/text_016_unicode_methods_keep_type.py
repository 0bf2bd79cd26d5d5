# Methods of unicode give unicode back; methods of str give str.
u = u'  Tank Level  '
for result in (u.strip(), u.upper(), u.replace(u'Tank', 'Vessel'), u.split(), u.center(20),
               u.partition(' '), u.strip().zfill(14)):
    print repr(result)
s = '  Tank Level  '
print repr(s.strip()), repr(s.split()), repr(s.partition(' '))
print repr(u'a,b'.split(',')), repr('a,b'.split(u','))
print repr(u'x'.join(['a', 'b'])), repr('x'.join([u'a', 'b']))
print repr('abc'.replace('b', u'B')), repr(u'%d items' % 3)
