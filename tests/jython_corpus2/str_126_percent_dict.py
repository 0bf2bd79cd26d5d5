# str: percent dict
d = {'tag': 'T1', 'v': 2.5}
print '%(tag)s=%(v).1f' % d
print '%(tag)r' % d
