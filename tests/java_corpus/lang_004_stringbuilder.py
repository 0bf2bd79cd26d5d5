# java.lang.StringBuilder / StringBuffer: chaining, Jython's overload choices, index errors.
from java.lang import StringBuilder, StringBuffer
import java.lang

sb = StringBuilder("ab")
sb.append(1).append(2.5).append(None).append(True).append(False)
print sb.toString(), sb.length()
print sb.reverse().toString()
sb = StringBuilder()
sb.append("hello").insert(0, "X").insert(2, 5)
print sb.toString()
print sb.indexOf("l"), sb.lastIndexOf("l"), sb.charAt(1)
sb.deleteCharAt(0)
print sb.toString()
sb.replace(0, 2, "ZZ")
print sb.toString()
sb.delete(0, 1)
print sb.toString(), sb.substring(1), sb.substring(1, 3)
sb.setLength(2)
print sb.toString(), sb.length()
sb.setCharAt(0, "Q")
print sb
print StringBuilder(5).length(), StringBuilder().append(10 ** 20).append(2 ** 40).append([1]).toString()
buf = StringBuffer("x")
buf.append("y")
print buf, buf.length()
sb = StringBuilder("hello")
for f in [lambda: sb.charAt(10), lambda: sb.insert(10, "x"), lambda: sb.substring(3, 1), lambda: sb.deleteCharAt(9), lambda: sb.setLength(-1), lambda: sb.delete(3, 1)]:
    try:
        f()
    except java.lang.StringIndexOutOfBoundsException, e:
        print e
print sb
