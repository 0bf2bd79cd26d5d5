# java: java math round
from java.lang import Math
print Math.round(2.4), Math.round(-2.5), Math.round(2.5)
