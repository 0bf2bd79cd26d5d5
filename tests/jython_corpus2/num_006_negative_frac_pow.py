try:
    print (-8) ** (1.0 / 3)
except ValueError, e:
    print 'ValueError', e
print (-8) ** 2
print 2 ** -1
