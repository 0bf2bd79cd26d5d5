# exc: keyerror tuple
try:
    {}[(1, 2)]
except KeyError, e:
    print e
