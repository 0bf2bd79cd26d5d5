# sem: set methods
s = set()
s.add(1)
s.update([2, 3])
s.discard(5)
s.remove(1)
print sorted(s), len(s), 2 in s
