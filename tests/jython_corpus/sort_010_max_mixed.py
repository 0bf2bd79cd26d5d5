print max(1, "a")
print min(None, 0)
print max([1, 2], (0,))
print min("abc", 5)
