import zlib
data = 'hello hello hello hello'
z = zlib.compress(data)
print type(z), zlib.decompress(z) == data
print zlib.crc32('hello'), zlib.adler32('hello')
