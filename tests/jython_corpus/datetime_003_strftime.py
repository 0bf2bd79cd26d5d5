import datetime
dt = datetime.datetime(2021, 7, 4, 9, 5, 3)
print dt.strftime("%Y-%m-%d %H:%M:%S")
print dt.strftime("%d/%m/%y %I:%M %p")
print dt.strftime("%A %B %j")
