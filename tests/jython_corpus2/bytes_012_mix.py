import zlib, binascii, struct
print zlib.crc32('The quick brown fox'), binascii.crc32('abcdefgh'), zlib.adler32('x' * 5000)
print struct.unpack('<iIlLqQhHbBf', struct.pack('<iIlLqQhHbBf', -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, 1.5))
print repr(struct.pack('<d', 1.5)), repr(struct.pack('4s', 'ab'))
print struct.unpack('2s', 'xy')
import hashlib
print hashlib.md5().hexdigest(), hashlib.new('md5', 'a').hexdigest(), repr(hashlib.md5('a').digest()[:3])
print hashlib.md5(u'abc').hexdigest()
m = hashlib.md5('a'); print m.name, m.digest_size, m.block_size
import base64
print base64.encodestring('hello'), repr(base64.decodestring('aGVsbG8=\n')), base64.b16encode('ab'), base64.b32encode('ab')
print repr(base64.b64encode(u'abc')), base64.urlsafe_b64decode('__4=') == '\xff\xfe'
print repr(binascii.b2a_base64('ab')), repr(binascii.a2b_base64('YWI=')), binascii.b2a_hex('\x01\xff')
print repr(zlib.decompress(zlib.compress('abc', 9)))
