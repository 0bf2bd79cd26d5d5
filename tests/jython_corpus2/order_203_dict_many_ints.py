# order: dict many ints
d = {}
for i in range(0, 100, 9):
    d[i] = str(i)
print d.keys()
