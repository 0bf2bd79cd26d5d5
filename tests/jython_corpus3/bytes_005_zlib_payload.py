# Compressing a long payload before sending it over a slow link.
import zlib

payload = 'status=OK;' * 50
packed = zlib.compress(payload)
print len(payload), len(packed) < len(payload), type(packed).__name__
print zlib.decompress(packed) == payload
print zlib.crc32('The quick brown fox'), zlib.adler32('abc')
print zlib.crc32(payload) == zlib.crc32(zlib.decompress(packed))
