# sem: list sort stable
rows = [('b', 2), ('a', 2), ('c', 1)]
rows.sort(key=lambda r: r[1])
print rows
