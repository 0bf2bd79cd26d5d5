import time
t = (2021, 3, 4, 5, 6, 7, 3, 63, 0)
print time.strftime("%Y-%m-%d %H:%M:%S", t)
print time.strftime("%b %d %Y", t)
