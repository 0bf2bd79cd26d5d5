# exc: exc type repr
print ValueError
print KeyError
print type(ValueError('x'))
