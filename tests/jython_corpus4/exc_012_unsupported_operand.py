pairs = [('a', 2.0), ({}, 1), ([1], 'x'), (None, None)]
for a, b in pairs:
    try:
        a * b
    except TypeError, e:
        print 'mul:', e
    try:
        a - b
    except TypeError, e:
        print 'sub:', e
