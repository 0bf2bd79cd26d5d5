import re
print re.escape("a.b*c")
m = re.match(u"(\\w+)", u"caf\xe9 bar", re.U)
print repr(m.group(1))
