# Packing register values with the array module, as a Modbus helper does.
from array import array

registers = array('i', [100, 200, 300])
print registers, repr(registers)
registers.append(400)
registers[0] = 150
print registers, len(registers), registers[1:3], registers[-1]
print registers.tolist(), sum(registers), max(registers)
print array('i'), array('d', [0.5, 1.25]), array('h', [-1, 2])
words = array('H', [65535, 1])
print words, words.itemsize, array('b').itemsize
