# jstr: compareTo, equalsIgnoreCase and hashCode of Java strings
from java.lang import String
a = String('Valve')
print a.compareTo('Vane'), a.compareTo('Valve'), a.compareTo('Val'), String('b').compareTo('a')
print a.equalsIgnoreCase('VALVE'), a.equalsIgnoreCase(None), a.compareToIgnoreCase('valve')
print a.hashCode(), hash(a) == hash('Valve'), String('').hashCode()
print {a: 1}
print repr(a.concat('-01')), repr(a.toLowerCase()), repr(a.replace('l', 'L'))
print repr(a.toString()), repr(a.intern())
