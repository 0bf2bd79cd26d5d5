print coerce(1, 2.5)
print coerce(3, 4L)
s = intern("abc")
print s
