import re
pat = re.compile(r'^(\d{4})-(\d{2})-(\d{2})$')
for s in ['2024-01-15', '2024-1-15', 'x']:
    m = pat.match(s)
    if m:
        print [int(g) for g in m.groups()]
    else:
        print 'no match', repr(s)
