class Alarm(object):
    pass
class Old:
    pass
for obj in [Alarm(), Old(), 5, 'x', [], {}]:
    print obj.__class__.__name__, type(obj).__name__
