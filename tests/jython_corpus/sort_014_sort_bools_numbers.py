print sorted([True, 0, 2, False, 1.5, -1])
print True == 1, False < 1, True > 0.5
print max(True, 1), min(0, False)
