# java: java math funcs
from java.lang import Math
print Math.sqrt(16.0), Math.min(3, 4), Math.ceil(1.2), Math.abs(-7)
print Math.max(2.5, 1.0), Math.signum(-2.0)
