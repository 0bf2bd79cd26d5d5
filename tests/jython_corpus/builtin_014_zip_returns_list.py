z = zip([1, 2, 3], "abc")
print z
print type(z).__name__
print z[1]
print zip()
