lines = ['a', 'b', '', 'c']
it = iter(lines)
print list(iter(it.next, ''))
gen = (x * 2 for x in range(3))
print gen.next(), next(gen), next(gen, 'end'), next(gen, 'end')
