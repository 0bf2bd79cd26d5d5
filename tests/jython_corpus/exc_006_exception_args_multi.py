try:
    raise ValueError("bad", 42)
except ValueError, e:
    print e.args
    print str(e)
    print e.args[1]
