d = {'name': 'pump', 'rpm': 1450, 'load': 0.875}
print "%(name)s runs at %(rpm)d rpm" % d
print "%(load).1f load" % d
print "%(name)r" % d
