# sem: mixed order (Jython 2.7 vs Python 2 docs)
print sorted([u'b', (1,), 'a', 2, [1], None, 1.5])
print (1,) > u'b'
