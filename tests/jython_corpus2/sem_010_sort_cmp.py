l = [3, 1, 2]
l.sort(cmp=lambda a, b: cmp(b, a))
print l
print sorted(['b', 'A', 'c'], key=str.lower)
print sorted([(1, 'b'), (1, 'a')], reverse=True)
