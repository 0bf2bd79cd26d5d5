import binascii
payload = 'ABC\x00\xff'
print binascii.hexlify(payload), binascii.b2a_hex('hi')
print repr(binascii.unhexlify('414243'))
print binascii.crc32('hello') & 0xffffffff
