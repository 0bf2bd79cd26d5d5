d = {'a': 45}
d['a'] /= 6
print d['a']
d['a'] /= -2
print d['a']
