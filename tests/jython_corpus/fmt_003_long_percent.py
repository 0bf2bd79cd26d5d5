n = 123456789012345678901234567890L
print "%d" % n
print "%s" % n
print "%r" % n
print "%x" % 255L
print "%d" % 10L
