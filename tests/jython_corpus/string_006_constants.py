import string
print string.digits
print string.ascii_letters
print string.uppercase
print string.lowercase
print string.hexdigits, string.octdigits
