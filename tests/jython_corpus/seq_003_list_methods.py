a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.insert(0, 9)
print a
print a.pop(), a.pop(0), a
a.remove(2)
print a, a.index(4), a.count(1)
