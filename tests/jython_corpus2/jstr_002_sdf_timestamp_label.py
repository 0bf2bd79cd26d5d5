# jstr: SimpleDateFormat.format gives unicode; concatenating keeps unicode
from java.text import SimpleDateFormat
from java.util import Date, TimeZone
fmt = SimpleDateFormat('yyyy-MM-dd HH:mm:ss')
fmt.setTimeZone(TimeZone.getTimeZone('UTC'))
stamp = fmt.format(Date(1600000000000L))
label = 'Batch closed at ' + stamp
print label
print repr(stamp), repr(label)
print type(stamp) is unicode, repr(stamp[:10]), repr(stamp.replace('-', '/'))
rows = [(stamp, 12.5)]
print rows
print repr(fmt.toPattern())
