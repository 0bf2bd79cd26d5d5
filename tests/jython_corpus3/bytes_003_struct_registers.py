# Decoding two Modbus registers into a float and a long.
import struct

regs = [0x42F6, 0xE979]
raw = struct.pack('>HH', *regs)
print repr(raw), len(raw)
print '%.3f' % struct.unpack('>f', raw)[0]
print struct.unpack('>I', raw), struct.unpack('>hh', raw)
print struct.pack('<i', -2), struct.calcsize('>iHd')
print struct.unpack('>Q', '\x00' * 7 + '\x05'), struct.unpack('>b', '\xff')
