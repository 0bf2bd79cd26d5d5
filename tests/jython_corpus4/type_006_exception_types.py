e = ValueError('x')
print type(e), type(ValueError)
print ValueError, KeyError.__name__
print e.__class__.__name__, repr(e)
class MyErr(Exception):
    pass
print MyErr('a'), repr(MyErr('a'))
