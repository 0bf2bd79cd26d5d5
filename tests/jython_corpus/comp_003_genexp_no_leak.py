y = "kept"
total = sum(y * 2 for y in range(4))
print total
print y
