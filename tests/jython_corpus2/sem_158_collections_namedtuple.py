# sem: collections namedtuple
from collections import namedtuple
Pt = namedtuple('Pt', 'x y')
p = Pt(1, 2)
print p, p.x, p._asdict()['y'], p._replace(x=5)
