for v in [1, 1L, 2 ** 40, 2 ** 70, 1.0, True]:
    print repr(v), isinstance(v, (int, long)), type(v).__name__
print isinstance(2.5, (int, long)), isinstance("1", (int, long))
