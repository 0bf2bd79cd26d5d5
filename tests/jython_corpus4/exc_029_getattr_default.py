class Cfg(object):
    debug = True
c = Cfg()
print getattr(c, 'debug'), getattr(c, 'verbose', False)
print hasattr(c, 'debug'), hasattr(c, 'nope')
try:
    getattr(c, 'nope')
except AttributeError, e:
    print e
