import re
text = 'caf\xc3\xa9 na\xefve abc_123'
print re.findall(r'\w+', text)
print re.findall(r'\w+', u'caf\xe9 abc', re.U)
