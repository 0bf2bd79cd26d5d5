import itertools
print list(itertools.izip("abc", range(5)))
print list(itertools.imap(lambda a, b: a + b, [1, 2], [10, 20]))
print list(itertools.ifilter(lambda v: v % 2, range(6)))
print list(itertools.izip_longest("ab", [1], fillvalue='-'))
