import struct
print struct.unpack('>I', '\x00\x01\x00\x00')
print repr(struct.pack('>B', 200))
