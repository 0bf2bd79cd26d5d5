def f():
    return undefined_thing + 1
try:
    f()
except NameError, e:
    print e
