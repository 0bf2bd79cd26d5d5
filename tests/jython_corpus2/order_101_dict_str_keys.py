# order: dict str keys
d = {}
for name in ['Pump1', 'Pump2', 'Valve1', 'Tank', 'Motor', 'Line', 'Conveyor']:
    d[name] = len(name)
print d
print d.keys()
