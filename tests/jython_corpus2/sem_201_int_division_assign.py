# sem: int division assign
total = 7
total /= 2
print total
f = 7.0
f /= 2
print f
