# sem: list sort cmp positional
l = [3, 1, 2]
l.sort(lambda a, b: b - a)
print l
