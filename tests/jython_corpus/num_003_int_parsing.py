print int('10'), int(' 42 '), int('-7')
print int('ff', 16), int('0777', 8), int('101', 2)
print int(3.99), int(-3.99), int(True)
print repr(int('99999999999999999999'))
