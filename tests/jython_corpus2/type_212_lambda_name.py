# type: lambda name
f = lambda x: x
print f.__name__, repr(f).split(' at ')[0]
