stock = {'bolts': 10}
print stock.has_key('bolts'), stock.has_key('nuts')
total = 0
for k, v in stock.iteritems():
    total += v
print total, list(stock.iterkeys()), list(stock.itervalues())
print stock.keys(), stock.items(), stock.values()
