# sem: none equality
x = None
print x == None, x is None, x != 0, None == 0, not x
