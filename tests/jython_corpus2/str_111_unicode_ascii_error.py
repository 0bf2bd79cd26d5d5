# str: unicode ascii error
u = u'caf\xe9'
try:
    u.encode('ascii')
except UnicodeEncodeError, e:
    print 'UnicodeEncodeError'
