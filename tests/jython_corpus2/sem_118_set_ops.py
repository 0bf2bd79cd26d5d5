# sem: set ops
a = set([1, 2, 3])
b = set([2, 3, 4])
print sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b)
print a.issubset(set([1, 2, 3, 4]))
