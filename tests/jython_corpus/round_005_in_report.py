readings = [21.456, 22.004, 19.995]
for r in readings:
    print round(r, 1), round(r)
print [round(r, 2) for r in readings]
