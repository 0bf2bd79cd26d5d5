# num: int str conversion
# (written from the Python 2 / Jython docs)
print str(10), repr(10), str(-0), int('-0'), str(1.0), str(10.0 ** 3)
