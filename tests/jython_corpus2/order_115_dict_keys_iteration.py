# order: dict keys iteration
d = {'k%d' % i: i for i in range(8)}
for k in d:
    print k,
print
