# jstr: a Java exception's getMessage() and toString() are unicode
from java.lang import IllegalArgumentException, NumberFormatException, Integer
def parse_count(text):
    try:
        return Integer.parseInt(text)
    except NumberFormatException, e:
        msg = e.getMessage()
        print 'bad count:', repr(msg), type(msg).__name__
        return -1
print parse_count('12'), parse_count('1x')
try:
    raise IllegalArgumentException('range 0..100')
except IllegalArgumentException, e:
    print repr(e.getMessage()), repr(e.toString())
