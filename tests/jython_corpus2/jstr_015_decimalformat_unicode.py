# jstr: DecimalFormat.format output is unicode and joins into a message
from java.text import DecimalFormat
fmt = DecimalFormat('#,##0.00')
flow = fmt.format(12345.678)
print flow, repr(flow)
msg = 'Flow: %s m3/h' % flow
print repr(msg)
print repr(DecimalFormat('0.#').format(3)), repr(fmt.toPattern())
