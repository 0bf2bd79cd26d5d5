# num: int overflow long
x = 2147483647
print type(x), type(x + 1), x + 1
print type(-2147483648), type(-2147483649)
