words = ["alpha", "beta", "gamma"]
for w in words:
    print w,
print "!"
