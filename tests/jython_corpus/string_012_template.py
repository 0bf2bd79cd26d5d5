import string
t = string.Template("Tank $name is at ${level}%")
print t.substitute(name="T1", level=80)
print t.safe_substitute(name="T2")
