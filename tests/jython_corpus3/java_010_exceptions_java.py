# Catching Java exceptions raised by Java classes.
from java.lang import Integer, NumberFormatException, IndexOutOfBoundsException
from java.util import ArrayList

try:
    Integer.parseInt('12x')
except NumberFormatException, e:
    print 'NumberFormatException:', e.getMessage()
lst = ArrayList()
try:
    lst.get(3)
except IndexOutOfBoundsException, e:
    print 'caught', type(e).__name__
print Integer.parseInt('12'), lst.isEmpty()
