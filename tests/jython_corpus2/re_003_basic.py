import re
m = re.match(r'(\d+)-(\d+)', '10-20 x')
print m.group(0), m.groups(), m.span()
print re.sub(r'a', 'b', 'banana', 2)
print re.split(r'[,;]', 'a,b;c')
