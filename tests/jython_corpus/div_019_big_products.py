x = 2 ** 62
print x / 3
y = x * 4
print y / 3
print y / x
