ids = set([5, 3, 100, 64, 1, 33])
print ids
print ids | set([2, 7]), ids & set([3, 64, 9])
print ids - set([5])
