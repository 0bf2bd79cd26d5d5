print repr(True), str(False)
print [True, False]
print True + True, True * 10
