data = {'k': [1, 'two', (3, None)], 'u': u'x'}
print repr(data['k']), str(data['k'])
print [1.5, 'a', u'b', None, True, 2L]
print (1,), (), [()], [[]]
