import re
for m in re.finditer(r'^(\w+)=(\d+)$', 'a=1\nb=2\nc=x', re.M):
    print m.group(1), int(m.group(2))
print re.search('HELLO', 'say hello', re.I).group()
print re.findall(r'a.c', 'a\nc abc', re.S)
