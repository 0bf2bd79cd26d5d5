import datetime
dt = datetime.datetime.strptime("2022-11-05 08:30", "%Y-%m-%d %H:%M")
print dt
print dt.year, dt.month, dt.hour
print dt.date(), dt.time()
