names = ['a', 'b', 'c']
for i, n in enumerate(names):
    print i, n,
print
for i, (n, v) in enumerate(zip(names, [10, 20, 30])):
    print '%d:%s=%d' % (i, n, v),
print
