total = 17
count = 5
print total / count, total % count
print float(total) / count
print -17 / 5, -17 % 5
print 17 / 5.0, 2 ** -1, 10 / 4 * 4
