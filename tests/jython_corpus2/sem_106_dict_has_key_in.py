# sem: dict has key in
d = {'pump': 1}
print d.has_key('pump'), 'pump' in d, d.has_key('x')
