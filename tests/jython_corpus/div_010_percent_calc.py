good = 47
total = 50
print "pct", good * 100 / total
print "pct wrong order", good / total * 100
print "pct float", good * 100.0 / total
