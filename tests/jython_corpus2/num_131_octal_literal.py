# num: octal literal
x = 017
print x, 0xFF, 0o10
print 010 + 1
