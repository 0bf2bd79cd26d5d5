# exc: list index
l = ['a', 'b']
try:
    l.index('z')
except ValueError, e:
    print e
