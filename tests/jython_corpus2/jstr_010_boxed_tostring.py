# jstr: Integer/Long/Double/Boolean toString helpers return unicode
from java.lang import Integer, Long, Double, Boolean
codes = [Integer.toHexString(255), Integer.toBinaryString(10), Integer.toOctalString(8)]
print codes
print repr(Integer.toString(42)), repr(Long.toString(3000000000L)), repr(Double.toString(0.5))
print repr(Boolean.toString(False)), repr(Integer.toString(255, 16))
word = Integer.toHexString(48879).upper()
print word, repr(word), '0x' + word
