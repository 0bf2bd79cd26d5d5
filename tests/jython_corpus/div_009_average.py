readings = [10, 11, 12, 14]
avg = sum(readings) / len(readings)
print "average", avg
favg = sum(readings) / float(len(readings))
print "float average", favg
