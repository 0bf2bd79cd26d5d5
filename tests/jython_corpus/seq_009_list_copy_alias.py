a = [1, [2, 3]]
b = a
c = a[:]
c.append(4)
c[1].append(5)
print a, b is a, c is a
print c
