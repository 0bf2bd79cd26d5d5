# type: float repr list
print [0.1, 1.0 / 3, 2.5, 1e100]
print (0.1,), {'v': 0.3}
