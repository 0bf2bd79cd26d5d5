line = 'tag1, tag2,,tag3 '
print line.split(',')
print [p.strip() for p in line.split(',') if p.strip()]
print 'a b  c'.split(), 'a b  c'.split(' '), 'k=v=w'.split('=', 1)
print 'x-y-z'.rsplit('-', 1), '|'.join(['1', '2'])
