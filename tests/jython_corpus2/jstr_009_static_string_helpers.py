# jstr: String.format/valueOf/join results are unicode
from java.lang import String
line = String.format('%-6s|%5.1f|%03d', 'TT1', 71.25, 7)
print line, repr(line)
print repr(String.valueOf(12)), repr(String.valueOf(1.5)), repr(String.valueOf('x'))
joined = String.join(', ', ['A', 'B', 'C'])
print joined, repr(joined), type(joined).__name__
msg = 'Sent: ' + String.format('%d rows', 12)
print repr(msg)
