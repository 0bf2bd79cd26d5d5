# num: pow cases
# (written from the Python 2 / Jython docs)
print 2 ** 10, 2 ** -2, 2.0 ** 3, pow(2, 10, 1000), (-2) ** 3, 10 ** 20
