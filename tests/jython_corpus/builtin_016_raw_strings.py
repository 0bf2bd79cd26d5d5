p = r"C:\new\table"
print p
print len(p)
print repr(r"\d+\.\d")
print r"a\tb" == "a\\tb"
