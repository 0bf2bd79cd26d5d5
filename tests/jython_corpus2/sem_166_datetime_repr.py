# sem: datetime repr
import datetime
print repr(datetime.timedelta(0)), repr(datetime.timedelta(seconds=90)), repr(datetime.timedelta(days=-1))
print repr(datetime.timedelta(microseconds=5))
