from collections import namedtuple
Reading = namedtuple('Reading', 'tag value quality')
r = Reading('T1', 21.5, 'Good')
print r
print r.tag, r[1], r._asdict()['quality']
print r._replace(value=22.0)
