print '%#o' % 8
print '%#x' % 255
print '%#X' % 255
print '%o' % 8
print oct(8), oct(0), hex(255)
