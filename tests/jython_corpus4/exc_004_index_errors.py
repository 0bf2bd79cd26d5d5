readings = [10, 20, 30]
for i in [0, 2, 3, -4]:
    try:
        print readings[i]
    except IndexError, e:
        print 'IndexError:', e
try:
    'abc'[5]
except IndexError, e:
    print 'str:', e
try:
    (1, 2)[9]
except IndexError, e:
    print 'tuple:', e
