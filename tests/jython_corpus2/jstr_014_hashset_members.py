# jstr: strings in a HashSet of alarm names come back as unicode
from java.util import HashSet
active = HashSet()
for name in ['HiHi', 'Lo', 'HiHi', 'Comm']:
    active.add(name)
print active, active.size()
print sorted([repr(a) for a in active])
print 'Lo' in active, active.contains('Comm'), active.contains(u'HiHi')
print repr(active.toString())
