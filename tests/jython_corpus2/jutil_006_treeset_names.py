# jutil: a TreeSet of operator names (strings sort by char code, upper case first)
from java.util import TreeSet
names = TreeSet(['maria', 'Bob', 'alice', 'Zed', 'bob'])
print names
print repr(names.first()), repr(names.last()), [repr(n) for n in names][:2]
print names.headSet('a'), names.tailSet('b', False), names.subSet('Bob', True, 'bob', True)
print names.toString(), repr(names)
for check in [lambda: names.add(1), lambda: names.add(None), lambda: TreeSet().first()]:
    try:
        check()
    except Exception, e:
        print 'error'
    except:
        print 'java error'
print TreeSet((3, 1, 2)), TreeSet(set(['y', 'x'])), TreeSet('cab')
