print repr(unichr(65)), repr(unichr(233))
print unichr(65) + u"!"
print repr(u"".join([unichr(c) for c in range(97, 100)]))
