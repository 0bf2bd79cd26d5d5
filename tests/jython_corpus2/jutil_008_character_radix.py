# jutil: hex digits of a PLC status word with Character.digit/forDigit
from java.lang import Character
def hex_value(text):
    total = 0
    for ch in text:
        d = Character.digit(ch, 16)
        if d < 0:
            return None
        total = total * 16 + d
    return total
print hex_value('1F'), hex_value('ff'), hex_value('G1'), hex_value('')
print [Character.forDigit(n, 16) for n in [0, 9, 10, 15]], repr(Character.forDigit(20, 16))
print Character.digit('7', 8), Character.digit('8', 8), Character.digit('z', 36), Character.MAX_RADIX
print Character.getNumericValue('a'), Character.getNumericValue('Z'), Character.getNumericValue('-')
