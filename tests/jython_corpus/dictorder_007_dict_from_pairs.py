d = dict([('line', 3), ('station', 'S1'), ('count', 12), ('ok', True)])
print d
for k in d:
    print k,
print
