print float('1.5'), float('-2'), float(' 3.25 ')
print float('1e3'), float(7)
try:
    float('abc')
except ValueError, e:
    print "ValueError:", e
