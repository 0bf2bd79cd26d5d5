import binascii
print binascii.hexlify('abc')
print binascii.unhexlify('616263')
print binascii.crc32('hello')
