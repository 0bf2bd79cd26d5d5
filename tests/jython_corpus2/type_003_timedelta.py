import datetime
d = datetime.timedelta(days=1, seconds=5)
print repr(d)
print d
print repr(datetime.date(2020, 1, 2))
print repr(datetime.datetime(2020, 1, 2, 3, 4, 5))
