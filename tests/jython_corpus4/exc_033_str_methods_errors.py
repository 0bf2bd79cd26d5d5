for call in [lambda: 'a'.join([1, 2]), lambda: 'abc'.split(''), lambda: 'x' * 'y', lambda: 'a'.center()]:
    try:
        call()
    except (TypeError, ValueError), e:
        print type(e).__name__
