import string
print "[" + string.strip("  pad  ") + "]"
print "[" + string.lstrip("  pad  ") + "]"
print "[" + string.rstrip("xxpadxx", "x") + "]"
print string.replace("a-b-c", "-", "+")
