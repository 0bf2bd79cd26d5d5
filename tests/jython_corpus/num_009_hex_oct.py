print hex(255), hex(-1), hex(0)
print oct(8), oct(0), oct(64)
print hex(255L), oct(8L)
print hex(2 ** 64)
