# split/strip with explicit arguments behave the same for bytes and unicode.
line = '  key = value = more  '
print line.split('=', 1), line.strip().split(' = '), line.rsplit('=', 1)
print repr('xxhixx'.strip('x')), repr(u'--a--'.lstrip('-')), repr('..a..'.rstrip('.'))
print 'a b  c'.split(' '), u'a,b,'.split(','), 'abc'.split('b'), repr(''.split())
print repr('\xa0a\xa0'.strip('\xa0')), '\xa0a b'.split(' '), 'a\tb c'.split(None, 1)
