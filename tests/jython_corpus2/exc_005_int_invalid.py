for s in ['x', '1.5', '', ' 12 ']:
    try:
        print int(s)
    except ValueError, e:
        print e
