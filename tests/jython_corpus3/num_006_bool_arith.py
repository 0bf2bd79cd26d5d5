# Booleans are ints.
flags = [True, False, True, True]
print sum(flags), True + True, True * 10, False - 1, int(True), float(False)
print True == 1, False == 0, True is 1 if False else 'skip', str(True), repr(False)
print ['no', 'yes'][True], {True: 'a', 1: 'b'}
print isinstance(True, int), type(True).__name__, bool(''), bool('0'), bool([]), bool(0.0)
