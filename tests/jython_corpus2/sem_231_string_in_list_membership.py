# sem: string in list membership
alarms = ['HI', 'LO', 'HIHI']
for a in ['HI', 'hi', 'LOLO']:
    print a in alarms,
