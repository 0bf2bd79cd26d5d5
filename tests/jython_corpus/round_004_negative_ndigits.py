print round(1234, -2)
print round(1250, -2)
print round(-1250, -2)
print round(15, -1)
