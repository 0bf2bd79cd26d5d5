a = 'abc'
b = 'abc'
print a == b, a is a
print [] is [], a is not b or True
print None is None
