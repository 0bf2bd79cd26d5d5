import datetime
dates = [datetime.date(2022, 5, 1), datetime.date(2021, 1, 9), datetime.date(2022, 1, 1)]
print [str(d) for d in sorted(dates)]
print max(dates) > min(dates)
print datetime.datetime(2020, 1, 1, 12) - datetime.datetime(2020, 1, 1, 6, 30)
