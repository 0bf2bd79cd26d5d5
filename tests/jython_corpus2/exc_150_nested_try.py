# exc: nested try
def risky(n):
    try:
        return 10 / n
    except ZeroDivisionError:
        return -1
    finally:
        print 'checked', n
print risky(2), risky(0)
