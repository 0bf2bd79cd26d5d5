# Averages and totals for a shift report.
readings = [12, 15, 11, 18, 20, 9]
total = sum(readings)
print total, total / len(readings), float(total) / len(readings), round(float(total) / len(readings), 2)
print max(readings) - min(readings), sorted(readings)[len(readings) / 2], sum(readings[::2])
weights = [0.5, 1.5, 2.0]
print sum(weights), sum(w * 2 for w in weights), '%.3f' % (sum(weights) / 3)
print reduce(lambda a, b: a * b, [1, 2, 3, 4]), abs(-7.25), cmp(total, 85)
