# str: string funcs py2
import string
print string.upper('abc'), string.join(['a', 'b'], '-'), string.split('a b'), string.strip('  x ')
print string.replace('aaa', 'a', 'b'), string.atoi('42')
