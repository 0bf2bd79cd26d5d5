tags = {'motor': 1, 'pump': 2, 'valve': 3, 'tank': 4, 'flow': 5}
print tags
print tags.keys()
for k in tags:
    print k,
print
