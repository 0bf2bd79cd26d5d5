# sem: truthiness
for v in [0, 0.0, '', u'', [], {}, (), None, '0', [0], 0L]:
    print bool(v),
