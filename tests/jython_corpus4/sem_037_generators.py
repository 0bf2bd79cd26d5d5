def chunks(seq, n):
    for i in xrange(0, len(seq), n):
        yield seq[i:i + n]
print list(chunks(range(7), 3))
g = chunks('abcdef', 2)
print g.next(), g.next()
