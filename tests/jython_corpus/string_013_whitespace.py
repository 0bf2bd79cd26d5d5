import string
print repr(string.whitespace)
print [c for c in "a b\tc" if c not in string.whitespace]
