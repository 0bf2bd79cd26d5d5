# TypeError/AttributeError texts name Java classes by their Java names
from java.util import HashMap, ArrayList, Date
from java.lang import StringBuilder, Integer, String
s = String('abc')
for f in [lambda: HashMap().foo, lambda: len(Date()), lambda: Date() + 1, lambda: StringBuilder()[0],
          lambda: ArrayList().bar, lambda: 'a' + StringBuilder('x'), lambda: Integer.foo,
          lambda: HashMap.nope, lambda: Date()(), lambda: iter(Date()), lambda: -Date(),
          lambda: s + 'x', lambda: len(s), lambda: s[0], lambda: 'x' + s, lambda: s * 2, lambda: s.foo]:
    try:
        print f()
    except Exception, e:
        print type(e).__name__, e
class Date(object):
    pass
try:
    len(Date())
except TypeError, e:
    print e
