steps = ['open', 'fill', 'close']
for i, s in enumerate(steps):
    print "%d. %s" % (i + 1, s)
print [(i, s) for i, s in enumerate(steps) if i]
