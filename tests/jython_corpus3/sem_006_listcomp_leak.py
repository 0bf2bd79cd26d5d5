# List comprehension variables leak into the function scope in Python 2.
def last_tag(tags):
    upper = [t.upper() for t in tags]
    return upper, t


print last_tag(['a', 'b', 'c'])
squares = [n * n for n in range(4)]
print squares, n
gen = list(m for m in range(3))
try:
    print m
except NameError, e:
    print 'NameError:', e
