# jstr: Java regex split/replaceAll on a java.lang.String read from a device
from java.lang import String
line = String('ALM,TT-101,HIGH,,85.2,,')
parts = line.split(',')
print parts
print len(parts), repr(parts[1]), list(parts)
print repr(line.replaceAll('[0-9]+', '#')), repr(line.replaceFirst('ALM', 'EVT'))
print repr(String('TT-101').replaceAll('(\\w+)-(\\d+)', '$2-$1'))
print line.matches('ALM.*'), line.matches('TT.*')
print list(String('a1b22c').split('[0-9]+')), list(String('a:b:c').split(':', 2))
