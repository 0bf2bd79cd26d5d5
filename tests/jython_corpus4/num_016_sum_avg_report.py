readings = [12.5, 13.0, 11.75, 14.25]
total = sum(readings)
avg = total / len(readings)
print 'total', total, 'avg', avg
print 'avg %.3f' % avg
print 'count %d' % len(readings), 'max %s' % max(readings)
print str(avg), repr(avg)
