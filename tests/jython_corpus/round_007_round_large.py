print round(1e16 + 0.5)
print round(123456789.5)
print round(0.0), round(-0.0)
