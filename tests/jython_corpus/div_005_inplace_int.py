x = 100
x /= 7
print x
x /= 2
print x
y = -9
y /= 2
print y
