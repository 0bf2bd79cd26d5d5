r = round(7)
print r, type(r).__name__
print round(7L), round(-7)
print repr(round(1.7))
