print round(1.2345, 2)
print round(1.235, 2)
print round(2.675, 2)
print round(-1.005, 2)
