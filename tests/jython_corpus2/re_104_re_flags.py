# re: re flags
import re
print re.findall(r'^ab', 'AB\nab', re.I | re.M)
print re.match(r'a.b', 'a\nb', re.S) is not None
