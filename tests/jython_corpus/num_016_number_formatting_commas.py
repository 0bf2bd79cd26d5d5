n = 1234567
print "{0:,}".format(n)
print "{0:,.2f}".format(1234567.891)
print format(0.5, '%'), format(42, 'b')
