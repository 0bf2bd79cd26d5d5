import string
print string.find("conveyor", "vey")
print string.rfind("a.b.c", ".")
print string.count("banana", "a")
print string.index("abc", "c")
