from java.lang import String
s = String('Hello World')
print s.length(), s.toUpperCase(), s.substring(0, 5)
print s.indexOf('o'), s.charAt(4), s.replace('l', 'L')
print s.startsWith('Hell'), s.endsWith('x'), s.trim()
