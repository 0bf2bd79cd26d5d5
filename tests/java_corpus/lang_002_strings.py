# java.lang.String statics and java.util.Formatter syntax through String.format.
from java.lang import String
import java.lang
import java.util

print String.valueOf(5), String.valueOf(2.5), String.valueOf(True), String.valueOf(False), String.valueOf([1, 'a']), String.valueOf(1e10), String.valueOf(10 ** 20)
print String.join(",", ["a", "b", "c"]), String.join("-", "x", "y")
print String.format("%05d|%s|%.2f|%,d|%x|%b", 3, 1.5, 2.345, 1234567, 255, None)
print String.format("%-5s|%5s|%05.1f|%e|%E|%10.3e|%o|%X|%%", "ab", "cd", 3.14159, 12345.678, 0.00012, 1.5, 8, 255)
print String.format("%s %s %s %s", 1.0, 1e10, None, True)
print String.format("%.1f %.1f %.2f %.0f %.0f", 0.15, 0.25, 1.005, 0.5, 1.5)
print String.format("%2$s %1$s", "a", "b"), String.format("%+d %+d % d %(d", 5, -5, 5, -5)
print String.format("%,.2f", 1234567.891), String.format("%10.4s|", "abcdefg"), String.format("%b %b %b", True, 0, "x")
print String.format("%g|%g|%g|%.3g", 123.456, 0.0001234, 1234567.0, 1.0)
print String.format("%x|%x|%x|%#x|%#o", -1, 2 ** 40, -2 ** 40, 255, 8)
print String.format("%08.3f|%(,.2f|%S|%.3s|%h|%c|%5c|", -3.14159, -1234.5, "abc", None, "a", 65, 65)
print String.format("%1$s %1$s %<s", "r"), String.format("line%n") == "line\n"
for args in [("%.2f", 5), ("%d", 2.0), ("%d", True), ("%s %s", 1), ("%q", 1), ("%c", "x")]:
    try:
        print String.format(*args)
    except java.util.IllegalFormatException, e:
        print e.getClass().getName(), e.getMessage()
