print map(None, [1, 2], [3])
print filter(None, 'a0b')
print zip('ab', [1, 2, 3])
print reduce(lambda a, b: a + b, [1, 2, 3], 10)
