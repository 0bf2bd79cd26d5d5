flags = [True, False, True, True]
print sum(flags), True + True, True * 10
print int(True), str(False), repr(True)
print True == 1, False == 0, True is 1
print type(True + 1)
