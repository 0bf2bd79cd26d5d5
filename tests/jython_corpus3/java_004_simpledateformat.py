# Formatting fixed timestamps with SimpleDateFormat in UTC.
from java.text import SimpleDateFormat
from java.util import Date, TimeZone

fmt = SimpleDateFormat('yyyy-MM-dd HH:mm:ss')
fmt.setTimeZone(TimeZone.getTimeZone('UTC'))
for ms in [0, 1600000000000L, 1234567890123L]:
    s = fmt.format(Date(ms))
    print s, type(s).__name__
d = fmt.parse('2021-03-04 05:06:07')
print d.getTime(), repr(fmt.format(d))
print SimpleDateFormat('EEE, d MMM yyyy').toPattern()
