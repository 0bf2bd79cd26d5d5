x = "original"
evens = [x for x in range(10) if x % 2 == 0]
print evens
print x
