from java.lang import Integer, Double
print Integer.valueOf(12) + 1, Double.valueOf('1.5') * 2
print Integer.parseInt('ff', 16), Integer.toOctalString(8)
