# sem: tuple params
def dist((x1, y1), (x2, y2)):
    return abs(x1 - x2) + abs(y1 - y2)
print dist((0, 0), (3, 4))
