flags = 0
flags |= 1 << 3
flags |= 1
print flags, bin(flags)
print flags & 8, flags ^ 1, ~flags
print 1 << 40, -16 >> 2
