# Counting alarm sources.
from collections import Counter

events = ['T1', 'T2', 'T1', 'P4', 'T2', 'T1', 'V9']
c = Counter(events)
print c.most_common(2)
print sorted(c.items())
print c['T1'], c['nope']
print sum(c.values()), len(c)
