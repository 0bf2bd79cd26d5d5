import datetime
d = datetime.date(2023, 1, 1)
print d.weekday(), d.isoweekday(), d.isoformat()
print d.replace(month=6), d.replace(day=15).strftime("%b %d")
