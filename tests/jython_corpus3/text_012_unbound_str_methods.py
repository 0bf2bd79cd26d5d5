# Functional style with unbound str methods, as older Jython code often has.
raw = ['  Pump1 ', 'valve2\n', '\tMIXER ']
cleaned = map(str.strip, raw)
print cleaned
print map(str.upper, cleaned)
print map(str.lower, cleaned)
print filter(str.isdigit, ['12', 'a1', '007', ''])
print str.upper('abc'), str.capitalize('hello world'), str.title('big tank')
print str.split('a b  c'), str.replace('a-b-c', '-', '+')
print str.join(',', ['x', 'y', 'z'])
print sorted(['b', 'C', 'a'], key=str.lower)
print str.startswith('Tank1', 'Tank'), str.count('banana', 'a')
