print str(10), str(10L), str(-0.0), str(1e100)
print int('  -42  '), long('  123  '), float('  2.5 ')
print int(3.7), int(-3.7), long(-0.5)
print float(10), float(10L)
