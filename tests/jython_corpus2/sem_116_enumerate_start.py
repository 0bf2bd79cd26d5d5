# sem: enumerate start
for i, v in enumerate(['a', 'b'], 1):
    print i, v
print list(enumerate('xy'))
