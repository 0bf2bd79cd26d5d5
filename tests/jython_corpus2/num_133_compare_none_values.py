# num: compare none values
readings = [12.5, None, 3.0, None, 7]
print sorted(readings)
print max(readings), min(readings)
print [r for r in readings if r > 5]
