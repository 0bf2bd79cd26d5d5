import re
print re.match(r"\d", "abc")
m = re.search(r"z", "abc")
if m is None:
    print "no z"
print bool(re.match(r"a", "abc"))
