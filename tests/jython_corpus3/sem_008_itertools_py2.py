# Python 2 itertools names.
import itertools

names = ['a', 'b', 'c']
vals = [1, 2, 3]
print list(itertools.izip(names, vals))
print list(itertools.imap(lambda x, y: x * y, vals, vals))
print list(itertools.ifilter(lambda x: x > 1, vals)), list(itertools.ifilterfalse(lambda x: x > 1, vals))
print list(itertools.izip_longest('ab', 'xyz', fillvalue='-'))
print list(itertools.islice(itertools.count(10, 5), 3)), list(itertools.chain('ab', [1]))
print [(k, list(g)) for k, g in itertools.groupby('aabbbc')]
