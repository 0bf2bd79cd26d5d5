# sem: dict has key loop
counts = {}
for w in 'a b a c a'.split():
    if counts.has_key(w):
        counts[w] += 1
    else:
        counts[w] = 1
print sorted(counts.items())
