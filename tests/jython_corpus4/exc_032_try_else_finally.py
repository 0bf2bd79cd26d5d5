def attempt(v):
    log = []
    try:
        r = 10 / v
    except ZeroDivisionError:
        log.append('div0')
    else:
        log.append('ok %d' % r)
    finally:
        log.append('end')
    return log
print attempt(2), attempt(0)
