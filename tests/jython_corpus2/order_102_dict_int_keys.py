# order: dict int keys
d = dict((i * 7, i) for i in range(10))
print d
print d.keys()
