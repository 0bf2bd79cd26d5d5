import re
print re.findall(r'\w+', u'caf\xe9 ok')
print re.findall(r'\w+', u'caf\xe9 ok', re.U)
