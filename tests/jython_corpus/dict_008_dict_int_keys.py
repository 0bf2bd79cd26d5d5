d = {}
for i in [3, 1, 2]:
    d[i] = i * i
print sorted(d.keys())
print d[2]
print [d[k] for k in sorted(d)]
