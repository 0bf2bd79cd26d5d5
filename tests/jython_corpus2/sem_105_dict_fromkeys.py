# sem: dict fromkeys
d = dict.fromkeys(['a', 'b'], 0)
print sorted(d.items())
print dict(zip('ab', [1, 2])) == {'a': 1, 'b': 2}
