s = "Conveyor"
print s[0], s[-1], s[2:5], s[:3], s[3:]
print s[::2], s[::-1]
print s[100:], repr(s[5:2])
