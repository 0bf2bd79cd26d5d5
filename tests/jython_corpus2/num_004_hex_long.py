print hex(10L)
print oct(10L)
print hex(2**40)
print repr(2**40), repr(10L)
