items = ['a', 'b', 'c', 'd', 'e']
mid = len(items) / 2
print mid, items[mid]
print items[:len(items) / 2]
