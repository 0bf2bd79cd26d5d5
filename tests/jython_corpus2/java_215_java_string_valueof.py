# java: java string valueof
from java.lang import String
print String.valueOf(True), String.valueOf(1.5), String.valueOf('x')
