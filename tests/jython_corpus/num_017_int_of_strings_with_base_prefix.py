print int('0x1f', 16), int('0b101', 2)
print int('  12\n')
print long('10') + 1, repr(long('10'))
