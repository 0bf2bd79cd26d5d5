try:
    raise ValueError('limit exceeded')
except ValueError, e:
    print e.message
    print e.args[0]
class AppError(Exception):
    def __str__(self):
        return 'AppError(%s)' % self.args[0]
try:
    raise AppError('x')
except Exception, e:
    print e, repr(str(e))
