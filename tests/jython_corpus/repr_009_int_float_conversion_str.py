print str(1.0), str(10.0), str(-0.0)
print float(3), repr(float(3))
print int(2.9), int(-2.9)
