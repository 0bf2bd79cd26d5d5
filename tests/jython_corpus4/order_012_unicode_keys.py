d = {u'temp': 1, u'press': 2, 'level': 3}
print d
print d.keys()
