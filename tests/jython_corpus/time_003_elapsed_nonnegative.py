import time
start = time.time()
total = sum(range(1000))
elapsed = time.time() - start
print total, elapsed >= 0, type(elapsed).__name__
