for s in ["0.1", "2.50", "1e-7", "100", "3.14159"]:
    f = float(s)
    print s, f, repr(f), str(f)
