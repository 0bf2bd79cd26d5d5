import re
def dbl(m):
    return str(int(m.group()) * 2)
print re.sub(r"\d+", dbl, "a5 b10 c0")
print re.subn(r"a", "A", "banana")
