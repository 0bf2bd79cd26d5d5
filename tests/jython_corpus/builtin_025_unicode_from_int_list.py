codes = [72, 105]
print "".join(map(chr, codes))
print u"".join(map(unichr, codes))
print repr(u"".join(map(unichr, codes)))
