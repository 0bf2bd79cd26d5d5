from collections import deque
d = deque([1, 2, 3], maxlen=3)
d.append(4)
print d
d.appendleft(0)
print list(d)
d.rotate(1)
print list(d), d.pop(), d.popleft()
