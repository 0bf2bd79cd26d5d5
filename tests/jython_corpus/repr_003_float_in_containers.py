print [0.1, 1 / 3.0, 2.0]
print (1e16,)
print [1e-5, 100.0]
