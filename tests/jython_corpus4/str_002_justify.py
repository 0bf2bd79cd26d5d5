rows = [('Motor', 12.5), ('Pump', 7.25), ('Valve', 100.0)]
for name, val in rows:
    print name.ljust(8) + str(val).rjust(8) + '|'
print 'title'.center(11, '-'), '42'.zfill(5), '-42'.zfill(5)
