# order: json dumps order
import json
print json.dumps({'zeta': 1, 'alpha': 2, 'mid': 3, 'beta': 4})
