import datetime
td = datetime.timedelta(hours=25, minutes=3, seconds=7)
print td, td.days, td.seconds
print datetime.timedelta(seconds=90) * 3
print datetime.timedelta(days=-1)
