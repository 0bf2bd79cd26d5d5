# Named fields from a dict of tag values, as alarm messages are built.
values = {'tag': u'Tank1/Level', 'value': 85.25, 'limit': 80, 'unit': '%'}
msg = 'ALARM {tag}: {value} > {limit}{unit}'.format(**values)
print msg, type(msg).__name__
print '{tag!r} at {value:.1f}'.format(**values)
print u'{tag} ok'.format(tag='T2'), repr(u'{tag} ok'.format(tag='T2'))
row = ['Pump', 3, 4.5]
print '{0[0]} runs {0[1]} h at {0[2]} kW'.format(row)
print '{r[0]}/{r[1]}'.format(r=('a', 'b'))
