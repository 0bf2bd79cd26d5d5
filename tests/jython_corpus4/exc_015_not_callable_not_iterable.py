for obj in [5, 'abc', None]:
    try:
        obj()
    except TypeError, e:
        print e
for obj in [5, None, 3.5]:
    try:
        for x in obj:
            pass
    except TypeError, e:
        print e
