t0 = 1600000000000
t1 = t0 + 1500
print t0, repr(t0), type(t0).__name__
print t1 - t0, repr(t1 - t0), type(t1 - t0).__name__
print [t0, t1]
print (t1 - t0) / 1000, repr((t1 - t0) / 1000)
