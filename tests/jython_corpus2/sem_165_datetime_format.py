# sem: datetime format
import datetime
d = datetime.datetime(2021, 1, 5, 8, 30, 15)
print d.strftime('%Y-%m-%d %H:%M:%S'), d.isoformat(), str(d.date()), d.weekday()
