# jutil: Character with code points (ints) answers with ints; bad arguments raise TypeError
from java.lang import Character
print Character.toUpperCase(97), Character.toLowerCase(65), Character.isDigit(48), Character.isLetter(33)
print Character.isAlphabetic(65), Character.isWhitespace(32), Character.isISOControl(7)
for bad in [lambda: Character.isDigit('12'), lambda: Character.isAlphabetic('a')]:
    try:
        bad()
    except TypeError, e:
        print e
print repr(Character.MIN_VALUE), repr(Character.toUpperCase('\xdf')), Character.isSpaceChar(' ')
