from java.text import DecimalFormat
f = DecimalFormat('#,##0.00')
print f.format(1234567.891)
print DecimalFormat('0.#').format(2.0)
print DecimalFormat('000').format(7)
