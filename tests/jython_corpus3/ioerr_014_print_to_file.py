# print >>f writes a report line by line.
out = open('ioerr_014.log', 'w')
for i, tag in enumerate(['T1', 'T2']):
    print >>out, i, tag, 1.0 / 3
print >>out, 'end',
print >>out, 'same line'
out.close()
print repr(open('ioerr_014.log').read())
