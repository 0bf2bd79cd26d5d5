# sem: zip unequal
# (written from the Python 2 / Jython docs)
print zip([1, 2, 3], ['a']), map(None, [1, 2], 'a')
