try:
    raise KeyError, ("k",)
except KeyError, e:
    print repr(e), e.args
try:
    raise ValueError, ("a", "b")
except ValueError, e:
    print repr(e), e.args
