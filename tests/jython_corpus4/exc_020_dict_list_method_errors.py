try:
    [].pop()
except IndexError, e:
    print e
try:
    {}.popitem()
except KeyError, e:
    print e
try:
    [1, 2].remove(9)
except ValueError, e:
    print e
try:
    [1, 2].index(9)
except ValueError, e:
    print e
try:
    'abc'.index('z')
except ValueError, e:
    print e
