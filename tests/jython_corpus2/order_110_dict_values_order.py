# order: dict values order
d = {'x1': 10, 'x2': 20, 'x3': 30, 'y': 40}
print d.values(), sum(d.values())
