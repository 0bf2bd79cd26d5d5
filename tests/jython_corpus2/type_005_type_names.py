print type(1), type(1L), type(1.0), type('a'), type(u'a')
print type([]), type(()), type({}), type(None), type(len)
print type(lambda: 1)
