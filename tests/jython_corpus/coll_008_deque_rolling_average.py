from collections import deque
window = deque(maxlen=3)
for v in [10, 20, 30, 40, 50]:
    window.append(v)
    print v, sum(window) / len(window)
