# java.sql's date values as database scripts build them
from java.sql import Timestamp, Date as SqlDate, Time
from java.util import Date
from java.lang import IllegalArgumentException
t = Timestamp(1700000000123)
print t, t.getTime(), t.getNanos(), isinstance(t, Date)
t.setNanos(5)
print t, t.getTime(), t.getNanos()
t.setNanos(123456789)
print t, t.getTime()
v = Timestamp.valueOf('2024-01-31 08:05:09')
print v, v.getTime(), v.getNanos()
print Timestamp.valueOf('2024-1-3 8:05:09.25'), Timestamp.valueOf('2024-01-31 08:05:09.000000001').getNanos()
for bad in ['2024-01-31', '31/01/2024 08:00:00', 'x']:
    try:
        Timestamp.valueOf(bad)
    except IllegalArgumentException, e:
        print 'bad', e.getMessage()
try:
    t.setNanos(-1)
except IllegalArgumentException, e:
    print e.getMessage()
a = Timestamp(1000)
b = Timestamp(1000)
print a.equals(b), a == b, a.compareTo(Timestamp(2000)), a.before(Timestamp(2000)), a.after(b)
b.setNanos(1)
print a.equals(b), a.compareTo(b), b.compareTo(a)
print a.equals(Date(1000)), Date(1000).equals(a)
d = SqlDate(1700000000123)
print d, d.getTime(), SqlDate.valueOf('2024-02-29'), SqlDate.valueOf('2024-2-9').getTime()
try:
    SqlDate.valueOf('2024/02/29')
except IllegalArgumentException, e:
    print 'bad date', e.getMessage()
tm = Time(3723000)
print tm, Time.valueOf('13:14:15'), Time.valueOf('13:14:15').getTime()
try:
    Time.valueOf('1314')
except IllegalArgumentException, e:
    print 'bad time', e.getMessage()
c = t.clone()
print c, type(c).__name__, c.getNanos()
print Timestamp(-1), Timestamp(-1).getNanos()
print str(t)[:4], repr(SqlDate(0))
