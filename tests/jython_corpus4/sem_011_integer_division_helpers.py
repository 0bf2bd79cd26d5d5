def average(values):
    return sum(values) / len(values)

print average([1, 2, 4])
print average([1.0, 2, 4])
print 7 / 2, -7 / 2, 7 // 2.0
print 3 / 2 * 2.0
