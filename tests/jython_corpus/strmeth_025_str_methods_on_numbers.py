n = 255
print str(n).rjust(6, "0")
print hex(n).upper(), hex(n)[2:]
print str(3.0).split(".")
