# sem: isinstance tuple
# (written from the Python 2 / Jython docs)
print isinstance(1, (int, long)), isinstance('a', (int, str)), isinstance(1L, int), isinstance(1.0, (int, float))
