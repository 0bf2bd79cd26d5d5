# sem: string exceptions py2 raise
try:
    raise ValueError, ('bad', 3)
except ValueError, e:
    print e.args
