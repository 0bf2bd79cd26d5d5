names = ['a', 'b', 'c']
vals = [1, 2]
for n, v in zip(names, vals):
    print n, v
print zip(names, vals, [True])
