# sem: collections deque
from collections import deque
d = deque([1, 2, 3], maxlen=3)
d.append(4)
d.appendleft(0)
print list(d), d.popleft(), len(d)
