# str: str of containers
print str([1, 'a']), str((1,)), str({'k': 'v'}), str(set([1]))
print [u'x', 'y'], (u'z',)
