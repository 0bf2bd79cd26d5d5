for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005]:
    print v, round(v), round(v, 2)
print round(1234.5678, -2), type(round(5))
