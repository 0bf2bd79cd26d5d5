x = 5
print "big" if x > 3 else "small"
f = lambda a, b=2: a * b
print f(3), f(3, 3)
print (lambda: "noargs")()
