from java.math import BigDecimal
a = BigDecimal('10.25')
b = BigDecimal('3')
print a.add(b), a.subtract(b), a.multiply(b)
print a.scale(), a.negate(), a.compareTo(b)
