# jstr: a shift report header assembled with StringBuilder; toString() is unicode
from java.lang import StringBuilder
def header(line, shift, operators):
    sb = StringBuilder()
    sb.append('Line ').append(line).append(' / shift ').append(shift)
    for op in operators:
        sb.append(', ').append(op)
    return sb.toString()
h = header('L3', 2, ['ana', 'bo'])
print h
print repr(h), type(h).__name__, isinstance(h, unicode), isinstance(h, basestring)
print '%r | %s' % (h, h)
print repr(h.upper()), repr(h.split(' / ')[0]), len(h)
