# bytes: binascii crc
import binascii
print binascii.crc32('Ignition'), binascii.hexlify('\x00\xffA')
