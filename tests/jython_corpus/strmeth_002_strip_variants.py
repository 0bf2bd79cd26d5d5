s = "  \tvalue \n"
print repr(s.strip()), repr(s.lstrip()), repr(s.rstrip())
print "xxabcxx".strip("x")
print "--a--".lstrip("-")
