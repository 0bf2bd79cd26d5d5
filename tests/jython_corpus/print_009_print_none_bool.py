print None
print True, False
print [None, True]
