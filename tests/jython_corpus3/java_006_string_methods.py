# java.lang.String objects have Java's methods.
from java.lang import String

s = String('Tank_01,Level')
print s.length(), s.toUpperCase(), s.indexOf(','), s.substring(0, 7), s.charAt(5)
print s.startsWith('Tank'), s.contains('Level'), s.replace('_', '-'), s.trim()
print repr(s.toLowerCase()), type(s.toLowerCase()).__name__
print String.valueOf(42), String.format('%05d|%s', 42, 'x'), String.join('-', ['a', 'b'])
print s.equals(String('Tank_01,Level')), s.compareTo(String('Tank')), s.hashCode()
