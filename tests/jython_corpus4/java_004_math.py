from java.lang import Math
print Math.max(3, 7), Math.min(2.5, 1.5), Math.abs(-4)
print Math.sqrt(81.0), Math.pow(2, 8), Math.floor(2.7), Math.ceil(2.1)
print Math.round(2.5), Math.round(-2.5), Math.round(2.4)
