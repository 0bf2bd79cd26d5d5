# num: float int convert
print int(3.99), int(-3.99), long(2.5), float(3)
print int('  42\n')
