# sem: list methods
l = [3, 1, 2]
l.append(4)
l.extend([5])
l.insert(0, 0)
print l, l.pop(), l.pop(0), l
l.reverse()
print l, l.count(1)
