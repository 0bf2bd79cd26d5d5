for v in [5, None, 2.5]:
    try:
        len(v)
    except TypeError, e:
        print e
try:
    iter(5)
except TypeError, e:
    print e
