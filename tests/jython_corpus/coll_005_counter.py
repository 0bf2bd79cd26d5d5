from collections import Counter
c = Counter("mississippi")
print sorted(c.items())
print c['s'], c['z']
print c.most_common(1)
