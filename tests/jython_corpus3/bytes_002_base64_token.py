# Basic-auth style tokens built with base64.
import base64


def token(user, password):
    return 'Basic ' + base64.b64encode('%s:%s' % (user, password))


t = token('admin', 'secret')
print t, type(t).__name__
raw = base64.b64decode(t.split()[1])
print raw, raw.split(':')
print base64.b64encode('\x00\xff\x10'), repr(base64.b64decode('AP8Q'))
print base64.urlsafe_b64encode('\xfb\xff'), base64.b16encode('hi')
