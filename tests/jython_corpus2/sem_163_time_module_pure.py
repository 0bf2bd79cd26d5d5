# sem: time module pure
import time
t = time.strptime('2020-03-04 05:06:07', '%Y-%m-%d %H:%M:%S')
print t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour
print time.strftime('%Y/%m/%d', t)
