# java.text.DecimalFormat / NumberFormat: HALF_EVEN on the exact double, patterns, parse.
from java.text import DecimalFormat, NumberFormat, ParseException
import java.lang

values = [0, 1234567.891, -0.5, 0.125, 2.5, 3.5, 1.005, 0.0001, 1e10, -1234.5, 12]
for pat in ["#,##0.00", "0.###", "#.##", "000", "#", "0.00%", "#,###", "0.0E0", "00.00E00", "$#,##0.00;($#,##0.00)", "#,##0.0#", "'#'0", ".00", "0.000"]:
    df = DecimalFormat(pat)
    print pat, " ".join([df.format(x) for x in values])
print DecimalFormat().toPattern(), DecimalFormat("#,##0.00;(#,##0.00)").toPattern(), DecimalFormat().format(1234.5678)
print DecimalFormat("#,##0.00").parse("1,234.50"), DecimalFormat("0").parse("12"), DecimalFormat("0.00").parse("-1.50"), DecimalFormat("0.00%").parse("25%"), DecimalFormat("0").parse("12abc"), DecimalFormat("0").parse("-0")
try:
    DecimalFormat("#,##0.00").parse("abc")
except ParseException, e:
    print e, e.getErrorOffset()
try:
    DecimalFormat("0.0.0")
except java.lang.IllegalArgumentException, e:
    print e
print NumberFormat.getInstance().format(1234.5678), NumberFormat.getIntegerInstance().format(2.5), NumberFormat.getIntegerInstance().format(3.5), NumberFormat.getPercentInstance().format(0.256), NumberFormat.getNumberInstance().format(10)
df = DecimalFormat("0.00")
df.setMaximumFractionDigits(4)
df.setMinimumFractionDigits(1)
print df.format(1.23456), df.format(2), df.getMaximumFractionDigits(), df.getMinimumFractionDigits()
df.setGroupingUsed(True)
print df.format(1234567.5), df.isGroupingUsed()
print DecimalFormat("#,##0.00").format(float("nan")), DecimalFormat("0.0").format(-0.04), DecimalFormat("0.0").format(0.05), DecimalFormat("0.0").format(0.15)
