x = 100
x /= 8.0
print x
y = 3.0
y /= 2
print y
