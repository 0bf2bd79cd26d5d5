# Set algebra on tag groups; results print in Jython's order.
running = set(['P1', 'P2', 'P3', 'V1'])
alarmed = set(['P2', 'V1', 'V2'])
print running & alarmed, running | alarmed
print running - alarmed, running ^ alarmed
print sorted(running.union(['X1'])), running.issuperset(['P1']), alarmed.isdisjoint(['Q'])
s = set()
for t in ['b', 'a', 'c', 'a']:
    s.add(t)
print s, len(s), 'a' in s
s.discard('a')
s.remove('b')
print s, frozenset(['x', 'y']), set('hello')
