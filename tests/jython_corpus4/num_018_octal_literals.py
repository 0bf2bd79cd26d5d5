perms = 0755
print perms, oct(perms), 010 + 1
print 0xff, 0XFF, 0b1010
print type(0b1010), type(0xff)
