import re
pat = re.compile(r"[,;]\s*")
print pat.split("a, b;c,d")
print re.split(r"(-)", "1-2-3")
print pat.pattern
