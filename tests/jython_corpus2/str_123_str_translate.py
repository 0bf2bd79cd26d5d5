# str: str translate
import string
t = string.maketrans('abc', 'xyz')
print 'aabbcc'.translate(t)
print 'hello'.translate(None, 'l')
