names = set(['alpha', 'beta', 'gamma', 'delta', 'epsilon'])
print names
print sorted(names)
names.add('zeta')
print list(names)
