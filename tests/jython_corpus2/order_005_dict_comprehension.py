d = dict((k, len(k)) for k in ['tank', 'pump', 'conveyor', 'x'])
print d
print set(k[0] for k in d)
