print {'a': 1}
print {u'k': u'v'}
print {1: 0.1}
print {(1, 2): [3L]}
