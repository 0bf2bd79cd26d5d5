print len("abc"), len([1, 2]), len({}), len(()), len(u"\xe9\xe9")
print len(range(0, 10, 3)), len("a\nb")
print len([[], []]), len({"a": 1, "b": 2})
