# sem: slice negative steps
l = range(10)
print l[::-2], l[-3:-1], l[8:2:-3], l[:-7]
