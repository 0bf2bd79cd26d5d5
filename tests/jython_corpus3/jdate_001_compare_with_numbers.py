# Comparing java.util.Date objects with each other and, by mistake, with numbers.
from java.util import Date

start = Date(1000)
end = Date(5000)
print start < end, start > end, start <= start, end >= start
print start == Date(1000), start != end
print start < 5, start > 5, 5 < start, start > 10 ** 12
print start < 'text', start > [1], (1,) > start
print sorted([end, 7, start])[0], max(start, end).getTime()
