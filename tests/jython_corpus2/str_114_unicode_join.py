# str: unicode join
parts = ['a', u'b', 'c']
j = '-'.join(parts)
print repr(j), type(j)
