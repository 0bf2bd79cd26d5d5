def build(parts):
    out = u''
    for p in parts:
        try:
            out += p
        except UnicodeDecodeError, e:
            print 'skip', repr(p), e.reason
    return out

print repr(build(['a', u'b', '\xff', 'c']))
s = 'x'
s += u'y'
print repr(s), type(s).__name__
t = u'q' * 2
print repr(t + 'r')
