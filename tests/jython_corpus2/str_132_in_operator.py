# str: in operator
# (written from the Python 2 / Jython docs)
print 'ab' in 'cabd', 'z' in ['z'], 3 in {3: 1}, 'k' in {'k': 1}.keys()
