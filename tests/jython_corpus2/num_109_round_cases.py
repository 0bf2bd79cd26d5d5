# num: round cases
for x in [0.5, 1.5, 2.675, -0.5, 1234.5678]:
    print round(x), round(x, 1), round(x, 2)
