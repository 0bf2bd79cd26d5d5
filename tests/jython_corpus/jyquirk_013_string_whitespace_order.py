import string
print repr(string.whitespace)
print len(string.whitespace)
print repr("".join(sorted(string.whitespace)))
