# sem: sorted dict items values
d = {'t1': 3, 't2': 1, 't3': 2}
print sorted(d.items(), key=lambda kv: kv[1])
print sorted(d, key=d.get)
