# Parsing numbers out of barcode strings.
codes = ['00123', '+7', '-0', '1_000', '12abc', ' 9 ', '0777', '0x1A']
for c in codes:
    try:
        print repr(c), int(c)
    except ValueError, e:
        print repr(c), 'ValueError:', e
print int('0777', 8), int('1A', 16), int('z', 36), int('11', 2), long('123456789012')
print float('1e3'), float(' 2.50 '), float('-inf'), repr(float('3'))
