items = [3, 'a', None, 2.5, (1,), [1], u'b', {}]
print sorted(items)
print None < 0, 1 < 'a', [] < (), {} < []
