regs = [0, 1, 255, 4096, 65535]
print ' '.join(['%04X' % r for r in regs])
print ' '.join(['0x%02x' % r for r in regs[:3]])
print [hex(r) for r in regs]
print int('FFFF', 16), int('0xffff', 16)
