print -(2 ** 65) / 3
print (2 ** 65) / -3
print -(2 ** 65) % 3
