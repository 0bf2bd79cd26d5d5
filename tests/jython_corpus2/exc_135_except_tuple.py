# exc: except tuple
for thing in [lambda: {}['k'], lambda: [][1], lambda: int('x')]:
    try:
        thing()
    except (KeyError, IndexError), e:
        print 'lookup', type(e).__name__
    except ValueError, e:
        print 'value', type(e).__name__
