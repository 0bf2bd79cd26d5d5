d = {3: 'c', 1: 'a', 2: 'b'}
items = d.items()
items.sort()
print items
print items[0]
