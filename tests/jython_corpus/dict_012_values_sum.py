prod = {'line1': 120, 'line2': 95, 'line3': 143}
print sum(prod.values())
print max(prod, key=prod.get)
print min(prod.values())
print sorted(prod, key=lambda k: prod[k])
