# sem: generator send
def g():
    x = yield 1
    yield x * 2
it = g()
print it.next(), it.send(5)
