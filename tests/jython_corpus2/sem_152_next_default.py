# sem: next default
it = iter([])
print next(it, 'none')
it2 = iter([1])
print next(it2), next(it2, 'end')
