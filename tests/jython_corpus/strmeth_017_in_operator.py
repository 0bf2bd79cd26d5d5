s = "temperature"
print "temp" in s, "x" in s, "" in s
print "a" in ["a", "b"], 3 in (1, 2)
print 'k' in {'k': 1}
