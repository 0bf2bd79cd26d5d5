d = dict.fromkeys(['a', 'b'], 0)
e = d.copy()
e['a'] = 5
print sorted(d.items()), sorted(e.items())
