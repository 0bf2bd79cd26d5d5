# sem: filter string tuple
# (written from the Python 2 / Jython docs)
print filter(lambda c: c.isdigit(), 'a1b2'), filter(None, (0, 1, 2))
