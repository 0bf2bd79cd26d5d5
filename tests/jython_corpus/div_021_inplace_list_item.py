vals = [10, 15, -15]
for i in range(len(vals)):
    vals[i] /= 4
print vals
