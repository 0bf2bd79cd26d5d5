text = 'the cat sat on the mat with the hat'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print counts
for w, c in counts.items():
    print w, c
