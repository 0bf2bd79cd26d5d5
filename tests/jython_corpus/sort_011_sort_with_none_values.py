vals = [3, None, 1, None, 2]
vals.sort()
print vals
print sorted(vals, reverse=True)
