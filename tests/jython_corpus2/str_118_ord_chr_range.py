# str: ord chr range
# (written from the Python 2 / Jython docs)
print [ord(c) for c in 'AZaz09'], chr(65) + chr(97), repr(chr(255))
