# jstr: an ArrayList of tag paths hands back unicode elements
from java.util import ArrayList
paths = ArrayList()
for name in ['Pump1/Run', 'Pump2/Run']:
    paths.add('[default]Area1/' + name)
print paths
print paths.get(0), repr(paths.get(0))
print [p for p in paths]
first = paths[0]
print repr(first.split('/')[-1]), repr(first[:9])
print repr(paths.toString()), repr(str(paths))
paths.set(1, 'x')
print repr(paths.get(1)), paths.contains('x'), paths.indexOf('x')
