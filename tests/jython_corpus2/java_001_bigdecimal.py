from java.math import BigDecimal
a = BigDecimal('1.10')
b = BigDecimal('2.205')
print a.add(b), a.multiply(b), a.scale()
print a.compareTo(b), a.setScale(1, BigDecimal.ROUND_HALF_UP)
