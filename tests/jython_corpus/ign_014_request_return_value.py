def handleMessage(payload):
    values = payload.get('values', [])
    if not values:
        return None
    return {'min': min(values), 'max': max(values), 'avg': sum(values) / len(values)}
r = handleMessage({'values': [3, 8, 4]})
print r['min'], r['max'], r['avg']
print handleMessage({})
