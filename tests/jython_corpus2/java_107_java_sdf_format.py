# java: java sdf format
from java.text import SimpleDateFormat
from java.util import TimeZone, Date
f = SimpleDateFormat('yyyy-MM-dd HH:mm:ss')
f.setTimeZone(TimeZone.getTimeZone('UTC'))
print f.format(Date(86400000L))
