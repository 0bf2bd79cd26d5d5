print True + True, True * 3, -True
print int(True), str(False), repr(True)
print isinstance(True, int)
