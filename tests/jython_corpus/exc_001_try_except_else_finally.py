def attempt(v):
    try:
        r = 10 / v
    except ZeroDivisionError:
        print "div by zero"
    else:
        print "ok", r
    finally:
        print "finally", v
attempt(2)
attempt(0)
