import itertools
events = [('A', 1), ('A', 2), ('B', 3), ('A', 4)]
for key, grp in itertools.groupby(events, key=lambda e: e[0]):
    print key, [e[1] for e in grp]
