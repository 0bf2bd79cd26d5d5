# re: re no match
import re
print re.match('x', 'abc'), re.search('z', 'abc')
print bool(re.search('b', 'abc'))
