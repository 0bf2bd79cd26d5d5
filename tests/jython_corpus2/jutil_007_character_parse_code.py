# jutil: scanning a barcode with java.lang.Character helpers
from java.lang import Character
def split_code(code):
    letters, digits, other = [], [], []
    for ch in code:
        if Character.isLetter(ch):
            letters.append(Character.toUpperCase(ch))
        elif Character.isDigit(ch):
            digits.append(Character.getNumericValue(ch))
        elif not Character.isWhitespace(ch):
            other.append(ch)
    return ''.join(letters), digits, other
print split_code('ab-12 x9')
print split_code('\tQ7_z\n')
print repr(Character.toUpperCase('q')), repr(Character.toLowerCase('Q')), repr(Character.toString('k'))
print Character.isLetterOrDigit('_'), Character.isUpperCase('A'), Character.isLowerCase('A')
