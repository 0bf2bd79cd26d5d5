import string
print string.upper("Motor"), string.lower("Motor")
print string.capitalize("hello world")
print string.swapcase("AbC")
