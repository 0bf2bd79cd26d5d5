# jstr: keys and string values read back out of a java.util.HashMap are unicode
from java.util import HashMap
setpoints = HashMap()
setpoints.put('TIC101', 72.5)
setpoints.put('mode', 'AUTO')
for key in setpoints.keySet():
    print repr(key), repr(setpoints.get(key))
print repr(setpoints.get('mode')), setpoints.get('mode') == 'AUTO'
print setpoints
print sorted(setpoints.keys())
d = dict(setpoints)
print d
print repr(d['mode']), [type(k).__name__ for k in sorted(d)]
