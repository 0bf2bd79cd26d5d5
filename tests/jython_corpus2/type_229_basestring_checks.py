# type: basestring checks
for v in ['a', u'b', 1, None]:
    print isinstance(v, basestring),
