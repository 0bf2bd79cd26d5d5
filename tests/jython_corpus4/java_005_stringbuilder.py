from java.lang import StringBuilder
sb = StringBuilder()
for i in range(3):
    sb.append('item').append(i).append(';')
print sb.toString(), sb.length()
sb.reverse()
print sb
