# str: str iter
for ch in 'abc':
    print ch,
print
print list('xyz'), tuple('ab')
