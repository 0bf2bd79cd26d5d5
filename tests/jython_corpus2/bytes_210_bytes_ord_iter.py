# bytes: bytes ord iter
s = 'AB\x00'
print [ord(c) for c in s], map(ord, s)
