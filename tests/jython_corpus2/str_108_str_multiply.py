# str: str multiply
# (written from the Python 2 / Jython docs)
print '-' * 10, 'ab' * 3, [0] * 4, 3 * 'x'
