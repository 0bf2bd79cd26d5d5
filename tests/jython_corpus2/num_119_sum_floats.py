# num: sum floats
# (written from the Python 2 / Jython docs)
print sum([0.1] * 10), sum([1, 2, 3]) / len([1, 2, 3]), sum([1.5, 2.5])
