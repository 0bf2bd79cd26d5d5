d = {'pump': 1, 'valve': 2}
print d.has_key('pump')
print d.has_key('motor')
if not d.has_key('motor'):
    d['motor'] = 3
print sorted(d.keys())
