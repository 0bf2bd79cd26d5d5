import datetime
dt = datetime.datetime(2020, 2, 29, 23, 59, 59, 123456)
print dt, dt.isoformat()
print dt + datetime.timedelta(microseconds=876544)
print datetime.time(7, 5), datetime.time(7, 5, 1, 20)
