# sem: list compare
# (written from the Python 2 / Jython docs)
print [1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 'a') < (1, 'b'), [] < [0]
