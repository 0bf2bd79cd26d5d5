(a, (b, c)), d = (1, (2, 3)), 4
print a, b, c, d
for i, (k, v) in enumerate([('x', 1), ('y', 2)]):
    print i, k, v
