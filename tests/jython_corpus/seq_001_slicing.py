a = range(10)
print a[2:5], a[:3], a[-3:], a[::3]
print a[8:2:-2], a[-1], a[:]
print a[3:3], a[20:]
