# java: java calendar fields
from java.util import Calendar
print Calendar.JANUARY, Calendar.DECEMBER, Calendar.SUNDAY, Calendar.HOUR_OF_DAY
