import re
s = "<a><b>"
print re.findall(r"<.*>", s), re.findall(r"<.*?>", s)
print re.match(r"(a+)(a*)", "aaaa").groups()
