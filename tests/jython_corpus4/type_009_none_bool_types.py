print type(None), repr(None), str(None)
print type(True), bool('x'), bool(''), bool([]), bool(0.0)
print None == None, None is None, not None
