s = {1, 2, 3}
print sorted(s)
d = {k: k * k for k in range(4)}
print sorted(d.items())
print sorted({c for c in "hello"})
