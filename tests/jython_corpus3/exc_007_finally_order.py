# try/except/else/finally ordering in a retry helper.
log = []


def attempt(n):
    try:
        log.append('try %d' % n)
        if n < 2:
            raise IOError('not ready')
    except IOError, e:
        log.append('failed: %s' % e)
        return False
    else:
        log.append('ok')
        return True
    finally:
        log.append('cleanup %d' % n)


n = 0
while not attempt(n):
    n += 1
print n
print log
