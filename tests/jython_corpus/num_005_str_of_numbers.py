print str(1.0), str(1), str(1L), str(-0.5)
print str(1e100), str(1.5e-10)
print str(123456789.0), str(0.1 * 3)
