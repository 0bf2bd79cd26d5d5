# order: dict float keys
d = {1.5: 'a', 0.25: 'b', 10.0: 'c', 3.75: 'd'}
print d
