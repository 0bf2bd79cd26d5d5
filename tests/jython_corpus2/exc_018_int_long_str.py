for s in ['12abc', '0x10']:
    try:
        print long(s)
    except ValueError, e:
        print e
