from java.lang import Integer, Long, Double
print Integer.parseInt('42'), Integer.MAX_VALUE, Integer.MIN_VALUE
print Integer.toHexString(255), Integer.toBinaryString(10)
print Long.parseLong('9999999999'), Double.parseDouble('2.5')
