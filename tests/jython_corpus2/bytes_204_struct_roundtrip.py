# bytes: struct roundtrip
import struct
b = struct.pack('>hHiI', -2, 2, -3, 3)
print repr(b)
print struct.unpack('>hHiI', b)
