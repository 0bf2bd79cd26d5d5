# order: dict items order
d = {'alpha': 1, 'beta': 2, 'gamma': 3, 'delta': 4, 'epsilon': 5}
for k, v in d.items():
    print k, v
