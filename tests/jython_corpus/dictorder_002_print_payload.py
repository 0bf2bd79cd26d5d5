payload = {'name': 'Pump1', 'value': 42, 'quality': 'Good', 'path': 'Area/Pump1', 'timestamp': 0}
print payload
print payload.keys()
