# java: java boolean
from java.lang import Boolean
print Boolean.parseBoolean('TRUE'), Boolean.parseBoolean('yes'), Boolean.TRUE, Boolean.valueOf(False)
