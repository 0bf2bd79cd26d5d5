import itertools
print list(itertools.izip([1, 2], 'ab'))
print list(itertools.imap(lambda a: a * 2, [1, 2]))
print list(itertools.ifilter(None, [0, 1, 2]))
print list(itertools.ifilterfalse(None, [0, 1, 2]))
print list(itertools.izip_longest([1, 2, 3], 'a', fillvalue='-'))
