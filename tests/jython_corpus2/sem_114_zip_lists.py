# sem: zip lists
z = zip([1, 2], 'ab')
print z, type(z)
print zip()
