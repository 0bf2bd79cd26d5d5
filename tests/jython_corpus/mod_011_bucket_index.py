buckets = [[], [], []]
for tag in range(-4, 5):
    buckets[tag % 3].append(tag)
print buckets
