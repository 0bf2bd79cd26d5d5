stock = {'bolts': 40, 'nuts': 25, 'washers': 100}
total = 0
for name, qty in sorted(stock.iteritems()):
    print name, qty
    total += qty
print "total", total
