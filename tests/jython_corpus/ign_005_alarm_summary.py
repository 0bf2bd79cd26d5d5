def handleMessage(payload):
    alarms = payload.get('alarms', [])
    by_prio = {}
    for a in alarms:
        by_prio.setdefault(a['priority'], []).append(a['name'])
    for prio in sorted(by_prio, reverse=True):
        print prio, ", ".join(sorted(by_prio[prio]))
    return len(alarms)
n = handleMessage({'alarms': [{'name': 'HiTemp', 'priority': 3}, {'name': 'LoFlow', 'priority': 1}, {'name': 'HiPress', 'priority': 3}]})
print "total", n
