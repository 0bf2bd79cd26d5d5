from collections import defaultdict
tree = defaultdict(lambda: defaultdict(int))
tree['line1']['ok'] += 3
tree['line1']['bad'] += 1
tree['line2']['ok'] += 5
for line in sorted(tree):
    print line, sorted(tree[line].items())
