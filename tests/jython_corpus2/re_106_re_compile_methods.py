# re: re compile methods
import re
p = re.compile(r'(?P<n>\d+)')
m = p.search('id=42;')
print m.group('n'), p.findall('1 2'), p.sub('#', 'a1'), p.pattern
