pairs = [(a, b) for a in range(2) for b in "xy"]
print pairs
print a, b
