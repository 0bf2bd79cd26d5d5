# exc: generator return
def gen():
    yield 1
    yield 2
g = gen()
print list(g), list(g)
