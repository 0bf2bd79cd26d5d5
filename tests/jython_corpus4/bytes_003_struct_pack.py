import struct
data = struct.pack('>HhI', 1, -2, 70000)
print repr(data), len(data)
print struct.unpack('>HhI', data)
print struct.calcsize('<iH'), repr(struct.pack('<f', 1.5))
print struct.unpack('>f', struct.pack('>f', 0.25))
