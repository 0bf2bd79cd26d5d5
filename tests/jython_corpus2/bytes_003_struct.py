import struct
b = struct.pack('>HI', 1, 2)
print repr(b), len(b)
print struct.unpack('>HI', b)
print struct.calcsize('<hhl')
