regs = {}
for addr in [40001, 3, 17, 1024, 8, 99]:
    regs[addr] = addr * 2
print regs
print regs.items()
