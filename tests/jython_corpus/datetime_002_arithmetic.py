import datetime
d = datetime.date(2024, 2, 28)
print d + datetime.timedelta(days=1)
print d + datetime.timedelta(days=2)
delta = datetime.date(2024, 12, 25) - d
print delta.days, delta
