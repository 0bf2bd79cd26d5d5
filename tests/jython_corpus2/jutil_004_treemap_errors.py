# jutil: what a TreeMap refuses: null keys, mixed key types, an empty map's first key
from java.util import TreeMap, NoSuchElementException
from java.lang import NullPointerException, ClassCastException
m = TreeMap({'b': 2, 'a': 1})
checks = [lambda: m.put(None, 0), lambda: m.put(3, 'x'), lambda: TreeMap().firstKey(),
          lambda: TreeMap(lambda a, b: 0)]
for check in checks:
    try:
        print check()
    except NullPointerException, e:
        print 'NullPointerException'
    except ClassCastException, e:
        print 'ClassCastException'
    except NoSuchElementException, e:
        print 'NoSuchElementException'
    except TypeError, e:
        print 'TypeError:', e
print m, TreeMap().firstEntry(), TreeMap().pollFirstEntry(), m.comparator()
