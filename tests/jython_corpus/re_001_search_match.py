import re
m = re.match(r"(\w+)/(\w+)", "Area1/Motor2/Speed")
print m.group(0), m.group(1), m.group(2)
print m.groups()
print re.search(r"\d+", "line 42 station 7").group()
