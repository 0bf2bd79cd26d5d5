# sem: tuple unpack nested
(a, b), c = (1, 2), 3
print a, b, c
for i, (x, y) in enumerate([(1, 2)]):
    print i, x, y
