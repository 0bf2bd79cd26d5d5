# strings from Java are unicode: their case rules are Unicode's
from java.lang import StringBuilder
from java.util import HashMap
sb = StringBuilder()
sb.append(u'r\xe9acteur ')
sb.append('Nord')
s = sb.toString()
print repr(s), repr(s.upper()), repr(s.title()), s.isalpha(), repr(s.split())
m = HashMap()
m.put('\xe9tat', 1)
for k in m.keySet():
    print repr(k), type(k).__name__, repr(k.upper())
