# java.lang.String refuses what Java cannot coerce, in Jython's words
from java.lang import String, StringBuilder
s = String('abc')
print String(StringBuilder('q')), String(['a', 'b']), String(('c',)), String(s), String()
for f in [lambda: String(5), lambda: s.charAt('x'), lambda: s.charAt(1),
          lambda: s.charAt(True), lambda: s.substring(1), lambda: int(s), lambda: s.foo]:
    try:
        print repr(f())
    except Exception, e:
        print type(e).__name__, e
