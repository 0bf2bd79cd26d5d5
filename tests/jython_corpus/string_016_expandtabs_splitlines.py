import string
print repr(string.expandtabs("a\tb", 4))
print "one\ntwo\r\nthree".splitlines()
print "one\ntwo\n".splitlines(True)
