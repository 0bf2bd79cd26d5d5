# Powers: negative bases, float overflow, pow with modulo.
print 2 ** 10, 2 ** -2, (-8) ** 2, 2.0 ** 0.5, pow(2, 10, 1000), pow(3, 4)
try:
    print (-8) ** 0.5
except ValueError, e:
    print 'ValueError:', e
print 10 ** 20, repr(10 ** 9), repr(10 ** 10)
print 0 ** 0, 0.0 ** 0, divmod(7.5, 2), 7.5 % 2, -7.5 // 2
