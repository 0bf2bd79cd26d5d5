# Sorting rows of tag readings several ways.
rows = [{'tag': 'T2', 'v': 5.0}, {'tag': 'T10', 'v': 1.5}, {'tag': 'T1', 'v': 5.0}]
print [r['tag'] for r in sorted(rows, key=lambda r: r['tag'])]
print [r['tag'] for r in sorted(rows, key=lambda r: (-r['v'], r['tag']))]
print [r['tag'] for r in sorted(rows, key=lambda r: int(r['tag'][1:]), reverse=True)]
import operator
print [r['tag'] for r in sorted(rows, key=operator.itemgetter('v'))]
print max(rows, key=lambda r: r['v'])['tag'], min(rows, key=lambda r: r['v'])['tag']
