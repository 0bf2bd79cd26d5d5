# sem: str of long arith
x = 12345678901234567890
print x, x * 2, x // 7, x % 1000, -x
