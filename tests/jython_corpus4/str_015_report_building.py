items = [('bolt', 120, 0.05), ('nut', 75, 0.03), ('washer', 300, 0.01)]
lines = []
total = 0
for name, qty, unit in items:
    cost = qty * unit
    total += cost
    lines.append('%-8s x%4d = %6.2f' % (name, qty, cost))
lines.append('total %.2f' % total)
print '\n'.join(lines)
