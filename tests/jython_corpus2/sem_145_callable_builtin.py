# sem: callable builtin
# (written from the Python 2 / Jython docs)
print callable(len), callable(1), callable(lambda: 0), callable(str)
