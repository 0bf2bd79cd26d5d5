import string
print string.capwords("the quick  brown fox")
print string.capwords("a-b c-d", "-")
