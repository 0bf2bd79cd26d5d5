# exc: str index
s = 'abc'
try:
    s.index('z')
except ValueError, e:
    print e
