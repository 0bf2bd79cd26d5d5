for text, base in [('ff', 16), ('0x10', 16), ('12', 2), ('z', 36), ('10', 1)]:
    try:
        print int(text, base)
    except ValueError, e:
        print 'ValueError:', e
try:
    int(None)
except TypeError, e:
    print e
