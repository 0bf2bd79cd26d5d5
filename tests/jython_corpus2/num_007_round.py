print round(2.5), round(-2.5), round(0.125, 2)
print round(1234.5678, -2)
print type(round(3))
