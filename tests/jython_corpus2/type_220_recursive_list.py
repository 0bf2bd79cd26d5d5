# type: recursive list
l = [1]
l.append(l)
print l
d = {}
d['self'] = d
print d
