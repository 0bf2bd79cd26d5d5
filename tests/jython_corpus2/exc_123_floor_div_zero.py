# exc: floor div zero
try:
    5 // 0
except ZeroDivisionError, e:
    print e
try:
    5.0 // 0
except ZeroDivisionError, e:
    print e
