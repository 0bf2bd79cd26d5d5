import string
print string.atoi("42") + 1
print string.atoi("ff", 16)
print string.atof("2.5") * 2
print string.atol("12345678901234567890")
