rows = [{'n': 'b', 'v': 2}, {'n': 'a', 'v': 2}, {'n': 'c', 'v': 1}]
rows.sort(lambda a, b: cmp(a['v'], b['v']) or cmp(a['n'], b['n']))
print [r['n'] for r in rows]
print sorted(rows, key=lambda r: r['n'])[0]['n']
