a = 12345678901234567890
b = 98765432109876543210
print a + b, a * b
print b - a, b % a, b // a
print -a // 7, -a % 7
