from java.lang import Character
print Character.isDigit('5'), Character.isLetter('a'), Character.isUpperCase('a')
print Character.toUpperCase('q'), Character.isWhitespace(' ')
