def f(x):
    print "f called with", x
    return x * 2
print "result", f(3)
print f(1), f(2)
