f = filter(lambda x: x > 2, [1, 2, 3, 4])
print f, type(f).__name__
print filter(None, [0, 1, '', 'a', None, [], [0]])
print filter(lambda c: c in "aeiou", "education")
