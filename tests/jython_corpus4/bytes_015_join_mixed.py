parts = ['a', u'b', 'c']
joined = ','.join(parts)
print repr(joined), type(joined)
print repr(u''.join(['x', 'y']))
print repr('-'.join([]))
