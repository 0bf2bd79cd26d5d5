print repr(u"\n\t")
print repr(u"\x00\x7f\x80\xff")
print repr(u"\u0100\uffff")
print repr(u"'")
