# exc: str assign
s = 'abc'
try:
    s[0] = 'x'
except TypeError, e:
    print e
