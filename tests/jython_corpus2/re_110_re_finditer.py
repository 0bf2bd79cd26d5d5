# re: re finditer
import re
for m in re.finditer(r'[A-Z]\d', 'A1 B2 c3'):
    print m.group(), m.span()
