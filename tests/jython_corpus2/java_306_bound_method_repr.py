from java.lang import String, StringBuilder
sb = StringBuilder('ab')
print repr(String('abc').length), repr(sb.append), repr(sb.toString)
m = sb.append
m('c')
print sb, repr(m), repr(sb.reverse)
