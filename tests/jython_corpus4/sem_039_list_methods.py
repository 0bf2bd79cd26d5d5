lst = [3, 1, 2]
lst.extend([5, 4])
lst.insert(0, 9)
print lst, lst.count(1), lst.index(5)
lst.reverse()
print lst
del lst[1:3]
print lst, lst * 2
