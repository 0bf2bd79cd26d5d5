secs = 7384
h = secs / 3600
m = (secs % 3600) / 60
s = secs % 60
print "%02d:%02d:%02d" % (h, m, s)
