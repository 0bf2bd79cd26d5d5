# bytes: zlib roundtrip
import zlib
s = 'tank level ' * 20
c = zlib.compress(s)
print len(c) < len(s), zlib.decompress(c) == s, zlib.crc32(s)
