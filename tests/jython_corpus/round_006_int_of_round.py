v = 2.5
print int(round(v))
print int(round(-2.5))
print "%d" % round(3.5)
