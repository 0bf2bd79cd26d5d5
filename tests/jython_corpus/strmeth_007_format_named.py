print '{name} is {state}'.format(name='P1', state='running')
d = {'n': 'V2', 'pos': 45}
print 'Valve {n} at {pos}%'.format(**d)
