# order: dict unicode keys
d = {u'tank': 1, u'pump': 2, u'valve': 3}
print d
print d.keys()
