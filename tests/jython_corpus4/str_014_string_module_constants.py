import string
print string.lowercase[:5], string.uppercase[-3:], string.hexdigits
print string.atoi('42'), string.atof('2.5'), string.atoi('ff', 16)
print string.split('a b c'), string.strip('  x  '), string.lower('ABC')
