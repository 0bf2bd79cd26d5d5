rows = [{'n': 'x', 'v': 3}, {'n': 'y', 'v': 1}, {'n': 'z', 'v': 2}]
for r in sorted(rows, key=lambda r: r['v']):
    print r['n'], r['v']
print [r['n'] for r in sorted(rows, key=lambda r: -r['v'])]
