import re
for s in ['a.b', 'x_y', '1+1=2', 'path/to', 'a b', 'hello']:
    print re.escape(s)
