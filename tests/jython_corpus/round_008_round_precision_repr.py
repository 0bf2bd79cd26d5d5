print repr(round(0.1 + 0.2, 10))
print repr(round(2.0 / 3, 4))
print round(1 / 3.0, 3)
