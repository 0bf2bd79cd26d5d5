for fmt, args in [('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%d', (1.5,)), ('%z', 1)]:
    try:
        print fmt % args
    except (TypeError, ValueError), e:
        print e.__class__.__name__, e
