# java: java double tostring
from java.lang import Double
print Double.toString(1.0), Double.toString(0.1), Double.toString(1e7)
