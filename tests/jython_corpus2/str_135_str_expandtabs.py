# str: str expandtabs
# (written from the Python 2 / Jython docs)
print repr('a\tb'.expandtabs(4)), repr('x\ty'.expandtabs())
