# sem: except as syntax
try:
    [].pop()
except IndexError as e:
    print 'IndexError', e
