# num: compare str num
print 'a' > 5, 5 < 'a', [] > 'z', () > []
print sorted([5, 'b', 'a', 3.5])
