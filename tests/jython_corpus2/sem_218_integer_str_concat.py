# sem: integer str concat
n = 5
print 'count: ' + str(n), 'v%d' % n, 'x' + `n`
