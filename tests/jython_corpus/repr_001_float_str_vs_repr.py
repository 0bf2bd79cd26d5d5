x = 0.1
print x, str(x), repr(x)
y = 1 / 3.0
print y, str(y), repr(y)
