# sem: int long isinstance
# (written from the Python 2 / Jython docs)
print isinstance(2 ** 40, long), isinstance(5, long), isinstance(2 ** 40, int), type(2 ** 40) == long
