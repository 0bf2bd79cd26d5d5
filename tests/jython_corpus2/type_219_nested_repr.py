# type: nested repr
# (written from the Python 2 / Jython docs)
print [[1, [2, (3, {'a': [u'b']})]]]
