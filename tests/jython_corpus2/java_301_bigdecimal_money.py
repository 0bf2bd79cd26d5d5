# java: BigDecimal money arithmetic, scales and rounding as Java keeps them
from java.math import BigDecimal, RoundingMode
from java.lang import ArithmeticException
price = BigDecimal('19.99')
qty = BigDecimal(3)
total = price.multiply(qty)
print total, total.scale(), total.setScale(1, RoundingMode.HALF_UP), total.setScale(0, BigDecimal.ROUND_DOWN)
tax = total.multiply(BigDecimal('0.0825')).setScale(2, RoundingMode.HALF_EVEN)
print tax, total.add(tax), total.subtract(tax).negate()
print BigDecimal('10').divide(BigDecimal('4')), BigDecimal('1').divide(BigDecimal('8'))
print BigDecimal('10').divide(BigDecimal('3'), 4, RoundingMode.HALF_UP), BigDecimal('2.50').divide(BigDecimal('3'), RoundingMode.DOWN)
try:
    BigDecimal('1').divide(BigDecimal('3'))
except ArithmeticException, e:
    print 'ArithmeticException', e.getMessage()
print BigDecimal('1.0').equals(BigDecimal('1.00')), BigDecimal('1.0').compareTo(BigDecimal('1.00'))
print BigDecimal('1200').stripTrailingZeros(), BigDecimal('1200').stripTrailingZeros().toPlainString(), BigDecimal('0.000001234')
print BigDecimal.valueOf(2.5), BigDecimal.valueOf(123, 2), BigDecimal(0.1).toString()[:12], BigDecimal('-3.456').abs().precision()
print BigDecimal('7.5').doubleValue(), BigDecimal('7.9').intValue(), BigDecimal.ZERO, BigDecimal.ONE.add(BigDecimal.TEN)
print BigDecimal('2.5').max(BigDecimal('3')), BigDecimal('1E+3'), BigDecimal('1E+3').toPlainString(), BigDecimal('1.23').movePointRight(3)
