# Booleans and None in templates.
flags = [True, False, None]
for f in flags:
    print '{}'.format(f), '{0!s}'.format(f), '{0!r}'.format(f), '%s' % f, str(f)
print '{:d}'.format(True), '{:>5}|'.format(False), '{:5}|'.format(True), '{:.1f}'.format(True)
print '{0}'.format([True, None]), '%r' % (False,)
