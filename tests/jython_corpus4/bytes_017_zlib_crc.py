import zlib
text = 'alarm ' * 20
packed = zlib.compress(text)
print len(text), zlib.decompress(packed) == text
print zlib.crc32('hello') & 0xffffffff, zlib.adler32('hello')
