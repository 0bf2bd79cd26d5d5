# sem: division by float int
# (written from the Python 2 / Jython docs)
print 3 / 2.0, 3.0 / 2, 3 // 2.0, -3 // 2.0, 2 ** -1
