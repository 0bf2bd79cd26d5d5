recs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]
recs.sort()
print recs
print sorted(recs, key=lambda r: r[1])
