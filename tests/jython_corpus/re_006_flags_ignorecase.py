import re
print re.findall(r"alarm", "Alarm ALARM alarm", re.I)
print re.match(r"^line$", "x\nline", re.M)
print re.search(r"^line$", "x\nline", re.M).group()
