# repr of builtin functions, classes and modules' members.
import math
print len, max, abs, type(len).__name__
print repr(str), repr(int), repr(float), repr(list), repr(dict), repr(object)
print math.pi, repr(math.pi), str(math.e)
print repr(Exception), repr(KeyError), repr(ValueError('x')), repr(Exception())
print str(ValueError('x')), str(Exception()), str(KeyError('k')), str(KeyError())
