def ratio(a, b):
    return a / b

print ratio(9, 4)
print ratio(9.0, 4)
print ratio(9, 4.0)
print ratio(-9, 4)
