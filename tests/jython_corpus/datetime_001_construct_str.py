import datetime
d = datetime.date(2023, 3, 14)
print d, repr(d)
dt = datetime.datetime(2023, 3, 14, 15, 9, 26)
print dt
print repr(dt)
