data = [('x', 2), ('y', 1), ('z', 2), ('w', 1)]
print sorted(data, key=lambda d: d[1])
print sorted(data, key=lambda d: d[1], reverse=True)
