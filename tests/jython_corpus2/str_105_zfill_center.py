# str: zfill center
# (written from the Python 2 / Jython docs)
print '42'.zfill(5), 'ab'.center(6, '*'), 'ab'.ljust(4, '.'), 'ab'.rjust(4)
