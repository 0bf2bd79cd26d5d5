s = "a\x00b\x7f\xff"
print repr(s)
print len(s)
print repr("\t\r\n\\")
