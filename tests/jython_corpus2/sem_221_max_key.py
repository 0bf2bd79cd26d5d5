# sem: max key
rows = [('P1', 3), ('P2', 9), ('P3', 5)]
print max(rows, key=lambda r: r[1]), min(rows, key=lambda r: r[1])[0]
