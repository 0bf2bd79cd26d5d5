# Append lines to a log file across calls, then count them.
def append(name, line):
    f = open(name, 'a')
    try:
        f.write(line + '\n')
    finally:
        f.close()


open('ioerr_009.log', 'w').close()
for i in range(3):
    append('ioerr_009.log', 'entry %d' % i)
f = open('ioerr_009.log')
content = f.read()
f.close()
print content.count('\n'), content.splitlines()
try:
    open('ioerr_009.log', 'z')
except ValueError, e:
    print 'ValueError:', e
