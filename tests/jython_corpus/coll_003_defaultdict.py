from collections import defaultdict
groups = defaultdict(list)
for tag, area in [('m1', 'A'), ('m2', 'B'), ('m3', 'A')]:
    groups[area].append(tag)
for area in sorted(groups):
    print area, groups[area]
counts = defaultdict(int)
counts['x'] += 1
print counts['x'], counts['y']
