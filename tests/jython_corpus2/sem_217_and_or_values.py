# sem: and or values
# (written from the Python 2 / Jython docs)
print 0 or 'x', '' and 'y', None or 0, 'a' and 'b', [] or {} or 'last'
