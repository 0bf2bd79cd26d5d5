# exc: nested name
def outer():
    def inner():
        return missing_helper()
    return inner()
try:
    outer()
except NameError, e:
    print e
