# Vision client handler body (Ignition shows def handleMessage(payload): above it)
print "Client received:", payload['first'], payload['second']
