for n in [-3, -2, 0, 5]:
    if n % 2 == 0:
        print n, "even"
    else:
        print n, "odd"
