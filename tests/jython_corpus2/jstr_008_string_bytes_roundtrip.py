# jstr: bytes from getBytes and back through String(bytes, charset)
from java.lang import String
msg = String('OK 42')
data = msg.getBytes('UTF-8')
print data
print len(data), data[0], list(data)[:2]
back = String(data, 'UTF-8')
print back, type(back), back.equals(msg)
print repr(back.trim()), back.length()
