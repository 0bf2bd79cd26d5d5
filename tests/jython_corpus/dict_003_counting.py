words = "the cat the dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
for w in sorted(counts):
    print w, counts[w]
