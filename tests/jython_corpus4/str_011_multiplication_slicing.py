s = 'abcdef'
print s[::-1], s[1:4], s[-2:], s[::2], s[10:]
print '-' * 10, 3 * 'ab'
print s[:-1], s[-100:2]
