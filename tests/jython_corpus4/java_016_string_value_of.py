from java.lang import String
print String.valueOf(42), String.valueOf(True), String.format('%05d|%s', 42, 'x')
s = String('a,b,c')
print list(s.split(',')), s.toLowerCase(), s.contains('b')
