print 'key=value=x'.partition('=')
print 'no-sep'.partition('='), 'a.b.c'.rpartition('.')
print repr('a\tb'.expandtabs(4)), repr('line1\nline2\r\n'.splitlines())
print repr('line1\nline2\n'.splitlines(True))
