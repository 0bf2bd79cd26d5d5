total = 0.0
for i in range(10):
    total += 0.1
print total, repr(total), total == 1.0
print sum([0.1] * 10), abs(total - 1.0) < 1e-9
