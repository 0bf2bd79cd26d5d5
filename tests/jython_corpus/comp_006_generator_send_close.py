def accumulator():
    total = 0
    while True:
        v = yield total
        total += v
acc = accumulator()
print acc.next()
print acc.send(5)
print acc.send(10)
acc.close()
