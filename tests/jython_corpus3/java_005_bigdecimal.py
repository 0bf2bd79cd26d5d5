# Money-like arithmetic with java.math.BigDecimal.
from java.math import BigDecimal, RoundingMode

price = BigDecimal('19.99')
qty = BigDecimal(3)
total = price.multiply(qty)
print total, total.scale(), total.toString()
print total.setScale(1, RoundingMode.HALF_UP), BigDecimal('2.50').stripTrailingZeros()
print BigDecimal('1.10').add(BigDecimal('2.205')), BigDecimal('10').divide(BigDecimal('4'))
print BigDecimal('1.5').compareTo(BigDecimal('1.50')), BigDecimal('1.5').equals(BigDecimal('1.50'))
print total.doubleValue(), total.intValue()
