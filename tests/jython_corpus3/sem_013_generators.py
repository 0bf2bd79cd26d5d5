# Generators and next() in a batching helper.
def batches(items, size):
    batch = []
    for it in items:
        batch.append(it)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


g = batches(range(7), 3)
print g.next(), next(g), list(g)
try:
    g.next()
except StopIteration:
    print 'done'
print sum(x * x for x in range(4)), list(enumerate('ab', 1)), dict(zip('ab', [1, 2]))
