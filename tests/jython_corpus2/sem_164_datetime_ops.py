# sem: datetime ops
import datetime
d = datetime.datetime(2021, 12, 31, 23, 0)
print d + datetime.timedelta(hours=2)
print (datetime.date(2021, 3, 1) - datetime.date(2021, 2, 1)).days
