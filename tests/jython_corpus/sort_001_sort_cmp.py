def rev(a, b):
    return cmp(b, a)
x = [3, 1, 2]
x.sort(rev)
print x
x.sort(cmp=lambda a, b: cmp(a % 2, b % 2) or cmp(a, b))
print x
