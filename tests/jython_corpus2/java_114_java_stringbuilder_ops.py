# java: java stringbuilder ops
from java.lang import StringBuilder
sb = StringBuilder('abc')
sb.insert(0, 'x')
sb.reverse()
print sb, sb.length(), sb.charAt(0)
