# num: str format numbers
print '{0:.2f}'.format(3.14159)
print '{0:5d}|{1:<5}|{2:>5}'.format(42, 'a', 'b')
print '{0:,}'.format(1234567)
