# sem: conditional expr
for v in [0, 5, None]:
    print 'high' if v > 3 else 'low'
