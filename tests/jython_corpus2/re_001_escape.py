import re
print re.escape('a_b.c-d e!')
print re.escape('abc123')
