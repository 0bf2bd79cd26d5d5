# The string module's functions, as Python 2.x scripts used them before str methods.
import string
parts = string.split('  alpha beta   gamma ')
print parts
print string.join(parts), string.join(parts, ', '), string.joinfields(parts, '+')
print string.upper('abc'), string.lower('ABC'), string.capitalize('word')
print repr(string.strip('  x  ')), repr(string.lstrip('  x  ')), repr(string.rstrip('  x  '))
print string.replace('a.b.c', '.', '/'), string.find('hello', 'l'), string.rfind('hello', 'l')
print string.atoi('42'), string.atoi('ff', 16), string.atof('2.5'), repr(string.atol('7'))
print string.zfill('42', 5), string.ljust('ab', 4) + '|', string.rjust('ab', 4), string.center('ab', 6) + '|'
print string.split('a,b,,c', ','), string.splitfields('a:b', ':')
print repr(string.strip('\xa0x\xa0')), string.split('a\xa0b c')
print string.upper('caf\xe9') == 'CAF\xe9'
print string.count('banana', 'an'), string.swapcase('aBc')
