# Integer keys: their hash is their value, so small tables print in ascending order.
readings = {}
for addr in [40010, 40001, 40005, 40002, 30001]:
    readings[addr] = addr % 7
print readings
print readings.keys()
sparse = {100: 'a', 3: 'b', 64: 'c', 31: 'd', 32: 'e'}
print sparse
print dict.fromkeys([5, 1, 33, 2], 0)
