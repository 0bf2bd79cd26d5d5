import re
print re.findall(r"\d+", "a1b22c333")
print re.sub(r"\s+", " ", "too   many    spaces")
print re.sub(r"(\d+)", r"<\1>", "x1y22")
