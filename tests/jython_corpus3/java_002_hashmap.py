# Passing settings through a java.util.HashMap.
from java.util import HashMap, ArrayList

m = HashMap()
m.put('mode', 'auto')
m.put('setpoint', 42)
print m.get('mode'), repr(m.get('mode')), m.get('setpoint'), m.get('none')
print m.containsKey('mode'), m.size(), m.isEmpty()
for k in sorted(m.keySet()):
    print repr(k), m.get(k)
lst = ArrayList()
lst.add('a')
lst.add(2)
print lst, lst.size(), lst.get(0), repr(lst.get(0)), list(lst)
print dict(m) == {'mode': 'auto', 'setpoint': 42}
