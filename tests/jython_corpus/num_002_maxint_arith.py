big = 9223372036854775807
print big, type(big).__name__
print big + 1, type(big + 1).__name__
print -big - 1, type(-big - 1).__name__
print -big - 2, type(-big - 2).__name__
