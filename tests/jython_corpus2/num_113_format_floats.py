# num: format floats
print '%.2f|%8.3f|%-8.1f|%e' % (3.14159, 2.5, 1.25, 12345.6789)
print '%5.1f%%' % 99.5
