print u"unicode", r"raw\n", ur"uraw\n"
print repr(ur"x\y")
print "con" "cat" u"enation"
