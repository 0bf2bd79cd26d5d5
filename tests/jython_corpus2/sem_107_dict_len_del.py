# sem: dict len del
d = {1: 'a', 2: 'b'}
del d[1]
print len(d), d
d.clear()
print d
