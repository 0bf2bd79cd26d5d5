# num: long literal
a = 10L
print a, repr(a), type(a)
print a + 1, repr(a * 2)
