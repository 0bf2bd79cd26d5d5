# Write a small CSV report, read it back, then fail on a file that does not exist.
rows = [('T1', 80.5), ('T2', 65.0), ('T3', 12.25)]
f = open('ioerr_004_report.csv', 'w')
f.write('tank,level\n')
for name, level in rows:
    f.write('%s,%s\n' % (name, level))
f.close()
f = open('ioerr_004_report.csv')
lines = f.readlines()
f.close()
print len(lines), repr(lines[0]), repr(lines[-1])
total = 0.0
for line in lines[1:]:
    name, level = line.strip().split(',')
    total += float(level)
print 'total', total
try:
    open('ioerr_004_other.csv').read()
except IOError, e:
    print 'missing:', e.strerror, repr(e.filename)
