payload = {'line': 3}
print "line", payload['line']
print "station", payload['station']
