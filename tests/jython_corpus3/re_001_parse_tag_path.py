# Parsing tag paths with regular expressions.
import re

pattern = re.compile(r'^\[(\w+)\](.*)/(\w+)$')
for path in ['[default]Area1/Tank1/Level', '[edge]T2/Temp', 'bad path']:
    m = pattern.match(path)
    if m:
        print m.groups(), m.group(3), m.start(2)
    else:
        print 'no match:', path
print re.findall(r'\d+', 'T1 has 20 and T22 has 5'), re.sub(r'\s+', ' ', 'a   b \t c')
print re.split(r'[;,]', 'a;b,c'), re.escape('a.b_c-d'), re.match(r'\w+', u'caf\xe9').group()
