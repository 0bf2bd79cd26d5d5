print True + True, True - False, True * 3
print sum([True, False, True])
print True / 2, -True
print type(True + 1).__name__
