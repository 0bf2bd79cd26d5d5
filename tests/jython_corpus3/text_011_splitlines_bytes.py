# A log file read as bytes: only \n and \r end lines of a byte string.
log = 'start\x85mid\nnext\rlast\r\nend'
lines = log.splitlines()
print len(lines)
for l in lines:
    print repr(l)
print 'a\nb\n'.splitlines(True)
print len(u'x\ny'.splitlines())
