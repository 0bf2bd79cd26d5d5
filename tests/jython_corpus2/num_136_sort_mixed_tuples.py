# num: sort mixed tuples
rows = [(2, None), (1, 'x'), (2, 'a'), (1, None)]
print sorted(rows)
