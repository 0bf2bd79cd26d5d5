recs = [('b', 2), ('a', 3), ('c', 1)]
recs.sort(key=lambda r: r[1])
print recs
recs.sort(cmp=lambda x, y: cmp(x[0], y[0]), reverse=True)
print recs
print sorted(['B', 'a', 'C'], key=str.lower)
