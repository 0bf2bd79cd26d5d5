# sem: cmp dicts (Jython 2.7 vs Python 2 docs)
print cmp({1: 2}, {1: 3}), cmp({}, {1: 1}), cmp({1: 2}, {1: 2})
print {1: 2} < {1: 3}
