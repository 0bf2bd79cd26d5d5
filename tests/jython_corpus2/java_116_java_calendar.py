# java: java calendar
from java.util import Calendar, GregorianCalendar
c = GregorianCalendar(2020, Calendar.MARCH, 15)
print c.get(Calendar.YEAR), c.get(Calendar.MONTH), c.get(Calendar.DAY_OF_MONTH)
c.add(Calendar.DAY_OF_MONTH, 20)
print c.get(Calendar.MONTH), c.get(Calendar.DAY_OF_MONTH)
