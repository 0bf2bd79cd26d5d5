keys = ['x', 'y', 'z', 'w']
d = dict(zip(keys, range(4)))
print d
inv = dict((v, k) for k, v in d.items())
print inv
print dict([(k, len(k)) for k in ['aa', 'b', 'cccc']])
