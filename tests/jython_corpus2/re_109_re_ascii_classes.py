# re: re ascii classes
import re
print re.findall(r'\w', u'a\xe9b'), re.findall(r'\d', u'1\u0663'), re.sub(r'\s', '_', u'a\xa0b c')
