# re on unicode subjects gives unicode groups; \w is ASCII without re.U.
import re

subject = u'Line 3: caf\xe9 r\xf6st'
print re.findall(r'\w+', subject)
print re.findall(r'\w+', subject, re.U)
m = re.search(r'Line (\d+)', subject)
print repr(m.group(1)), repr(re.search(r'(\d)', 'x7').group(1))
print re.sub(r'\d', '#', subject), repr(re.sub('a', 'b', 'aaa'))
print bool(re.match(r'^\s*$', ' \t ')), re.compile(r'x', re.I).search('AXB').group()
