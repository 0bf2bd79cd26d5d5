for a, b in [(7, 2), (7L, 2), (7, 2L), (7.0, 2)]:
    r = a / b
    print repr(a), repr(b), repr(r), type(r).__name__
