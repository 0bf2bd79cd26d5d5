# java.lang boxed numbers: parsing, formatting, constants, Jython's number interop.
from java.lang import Integer, Long, Double, Float, Boolean
import java.lang

print Integer.parseInt("42"), Integer.parseInt("-17"), Integer.parseInt("+7"), Integer.parseInt("ff", 16), Integer.parseInt("-101", 2)
print Integer.valueOf("12") + 1, Long.parseLong("9223372036854775807")
print Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE
print Integer.toString(255), Integer.toString(255, 16), Integer.toString(-255, 16), Long.toString(2 ** 40, 36)
print Integer.toHexString(255), Integer.toHexString(-1), Integer.toOctalString(8), Integer.toBinaryString(10), Long.toHexString(-1)
print Integer.compare(3, 5), Integer.signum(-9), Integer.bitCount(255), Integer.max(3, 4), Integer.sum(3, 4)
print Integer.decode("0x10"), Integer.decode("#ff"), Integer.decode("-010")
for text in ["abc", "", "3000000000", " 12", "1_0", "0x10", "-", "+"]:
    try:
        result = Integer.parseInt(text)
    except java.lang.NumberFormatException, e:
        result = e.getMessage()
    print repr(text), result
for bad in [lambda: Integer.parseInt("zz", 16), lambda: Integer.parseInt("12", 1), lambda: Integer.parseInt(None), lambda: Long.parseLong("99999999999999999999")]:
    try:
        bad()
    except java.lang.NumberFormatException, e:
        print e
print Double.parseDouble("1.5"), Double.parseDouble(" 2.5 "), Double.parseDouble("1.5d"), Double.parseDouble("0x1p3"), Double.parseDouble("-1e3f")
print Double.parseDouble("NaN") != Double.parseDouble("NaN"), Double.isNaN(Double.NaN), Double.isInfinite(Double.POSITIVE_INFINITY)
for text in ["abc", "", "1,5"]:
    try:
        Double.parseDouble(text)
    except java.lang.NumberFormatException, e:
        print e
print " ".join([Double.toString(v) for v in [1e7, 1e-3, 9999999.0, 1e-4, 123456789.123, 100.0, 1e10, 12345678.9, -0.0, 0.5, 1e21, 1e-5, 0.1 + 0.2]])
print Double.toString(Double.MIN_VALUE), Double.compare(1.0, 2.0), Double.compare(0.0, -0.0), Double.valueOf("3") + 1
print Float.toString(1.1), Float.parseFloat("1.1") == 1.100000023841858
print Boolean.parseBoolean("TRUE"), Boolean.parseBoolean("yes"), Boolean.parseBoolean(None), Boolean.toString(True), Boolean.valueOf("true")
print Boolean.TRUE, Boolean.FALSE, Boolean.logicalXor(True, False)
