import re
m = re.match(r'(\w+)-(\d+)', 'PUMP-42 extra')
print m.group(0), m.group(1), m.group(2), m.groups()
print m.start(2), m.end(2), m.span()
print re.match(r'x', 'abc')
