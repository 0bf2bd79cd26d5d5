# java: java date compare
from java.util import Date
a = Date(1000)
b = Date(2000)
print a.compareTo(b), b.compareTo(a), a.equals(Date(1000))
