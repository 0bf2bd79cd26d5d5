# A lookup table keyed by mixed types prints in Jython's hash order.
table = {1: 'one', 'a': 'letter', 2.5: 'float', u'b': 'text', (1, 2): 'pair'}
print table
print table.keys()
print sorted(table.values())
for k in table:
    print repr(k),
print
codes = {True: 'yes', 0: 'zero', 'x': 1}
print codes, len(codes)
