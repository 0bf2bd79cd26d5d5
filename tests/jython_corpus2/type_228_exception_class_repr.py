# type: exception class repr
class MyErr(Exception):
    pass
print MyErr, repr(MyErr('x')), str(MyErr('y'))
