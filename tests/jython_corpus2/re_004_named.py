import re
m = re.search(r'(?P<tag>[A-Z]+)(?P<num>\d+)', 'x TK101 y')
print m.group('tag'), m.groupdict()['num']
print re.compile('a+').pattern
