# Building a CSV line with java.lang.StringBuilder.
from java.lang import StringBuilder

sb = StringBuilder()
for i, v in enumerate([1.5, 2, 'x']):
    if i:
        sb.append(',')
    sb.append(v)
s = sb.toString()
print s, repr(s), type(s).__name__, sb.length()
sb.insert(0, '[').append(']')
print sb, sb.reverse().toString()
print StringBuilder('abc').charAt(1), StringBuilder('abc').indexOf('c')
