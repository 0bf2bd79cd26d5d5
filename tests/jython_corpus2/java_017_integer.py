from java.lang import Integer, Long, Double
print Integer.parseInt('42'), Integer.MAX_VALUE, Long.MAX_VALUE
print Integer.toHexString(255), Integer.valueOf('7')
print Double.parseDouble('1.5'), Integer.toBinaryString(5)
