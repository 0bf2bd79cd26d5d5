prices = {'apple': 1.5, 'pear': 2.0, 'fig': 3.25, 'kiwi': 0.5}
print prices.values()
print sum(prices.values())
print max(prices, key=prices.get)
