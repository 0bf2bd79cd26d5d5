# bytes: struct float
import struct
print struct.unpack('>f', struct.pack('>f', 1.5)), repr(struct.pack('>d', -2.0))
