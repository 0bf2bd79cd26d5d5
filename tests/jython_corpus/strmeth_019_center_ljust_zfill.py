print "[%s]" % "ok".center(8)
print "[%s]" % "ok".ljust(5, ".")
print "[%s]" % "ok".rjust(5)
print "12".zfill(4), "-3".zfill(4)
