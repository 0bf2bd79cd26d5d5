pairs = [(1, 'one'), (2, 'two')]
print map(lambda (n, s): s * n, pairs)
print sorted(pairs, key=lambda (n, s): s)
