ops = {'add': lambda a, b: a + b, 'mul': lambda a, b: a * b}
for name in sorted(ops):
    print name, ops[name](3, 4)
print (lambda *a: len(a))(1, 2, 3)
