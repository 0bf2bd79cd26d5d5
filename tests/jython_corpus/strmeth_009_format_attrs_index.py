class P(object):
    x = 3
print '{0.x}'.format(P())
print '{0[1]}'.format(['a', 'b'])
print '{0[key]}'.format({'key': 'val'})
