# num: format ints
print '%d|%i|%5d|%-5d|%05d|%x|%X|%o' % (42, 42, 42, 42, 42, 255, 255, 8)
print '%d' % 3.9
