# order: set from string
# (written from the Python 2 / Jython docs)
print set('hello world')
