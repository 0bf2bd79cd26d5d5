# java: java exceptions catch
from java.lang import NumberFormatException, Integer
try:
    Integer.parseInt('x1')
except NumberFormatException, e:
    print 'NFE', e.getMessage()
