e = ValueError("msg text")
print e.message
e2 = Exception()
print repr(e2.message), e2.args
e3 = Exception(1, 2)
print repr(e3.message), e3.args
