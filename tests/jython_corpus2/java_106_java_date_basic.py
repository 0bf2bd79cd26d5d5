# java: java date basic
from java.util import Date
d = Date(0)
print d.getTime(), Date(1000).getTime() - d.getTime()
print Date(5000).after(d), d.before(Date(1))
