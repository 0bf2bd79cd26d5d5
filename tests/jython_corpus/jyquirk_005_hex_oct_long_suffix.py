print hex(2 ** 31 - 1), oct(2 ** 31 - 1)
print hex(2147483647), hex(-2147483648)
print hex(4294967295)
