print "gateway saw alarm", payload["alarm"]
