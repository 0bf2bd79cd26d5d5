# sem: generator expression
print sum(x * x for x in range(4)), list(c.upper() for c in 'ab')
print max(len(w) for w in ['a', 'bbb'])
