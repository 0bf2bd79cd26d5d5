x = 29
x //= 4
print x
x %= 3
print x
y = -29
y //= 4
print y
