# Templates stored in variables and dicts, formatted later.
templates = {'alarm': '{tag} is {state}', 'value': '{0:.1f} {1}', 'u': u'{0} \u2192 {1}'}
print templates['alarm'].format(tag='T1', state=u'HIGH')
print templates['value'].format(3.14159, 'bar')
print repr(templates['u'].format('a', 'b'))
t = 'Count: {:,} items'
print t.format(1234567), t.format(2 ** 31)
fmt = '{:<6}{:>6}'
for a, b in [('x', 1), (u'yy', 22)]:
    print '[' + fmt.format(a, b) + ']'
