# str: format obj attr
class P(object):
    name = 'pump'
    vals = [1, 2]
print '{0.name} {0.vals[1]}'.format(P())
