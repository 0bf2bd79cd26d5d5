alarms = ['HIGH', 'LOW']
for a in ['HIGH', 'MED']:
    print a, a in alarms, a not in alarms
print 2 in range(3), 'x' not in 'abc'
