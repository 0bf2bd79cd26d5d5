class MyError(Exception):
    pass
class Other(StandardError):
    pass
print issubclass(MyError, StandardError)
print issubclass(Other, StandardError)
print issubclass(ValueError, StandardError)
