# num: hex oct bin
print hex(255), hex(-1), oct(64), bin(10), hex(0)
print int('ff', 16), int('777', 8), int('1010', 2)
