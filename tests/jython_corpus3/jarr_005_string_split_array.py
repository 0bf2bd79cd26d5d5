# java.lang.String.split returns a Java String array.
from java.lang import String

line = String('T1;80.5;OK')
parts = line.split(';')
print parts
print len(parts), parts[0], parts[-1], repr(parts[1])
for p in parts:
    print type(p).__name__, p
print list(parts), [unicode(p) for p in parts]
print String('a,b,,c').split(','), String('x').split(',')
