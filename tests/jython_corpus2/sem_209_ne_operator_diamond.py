# sem: ne operator diamond
# (written from the Python 2 / Jython docs)
print 1 <> 2, 'a' <> 'a'
