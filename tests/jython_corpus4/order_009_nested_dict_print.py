site = {'line1': {'speed': 10, 'state': 'run'}, 'line2': {'speed': 0, 'state': 'stop'}}
print site
for line in site:
    print line, site[line]
