import string
table = string.maketrans('abc', 'xyz')
print 'aabbcc'.translate(table)
print 'hello world'.translate(None, 'lo')
print string.replace('a.b.c', '.', '/')
