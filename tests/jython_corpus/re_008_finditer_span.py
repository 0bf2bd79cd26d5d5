import re
for m in re.finditer(r"\d+", "x12 y345"):
    print m.group(), m.start(), m.end(), m.span()
