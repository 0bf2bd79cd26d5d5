# Feeding Java arrays to Python helpers.
import jarray

values = jarray.array([3, 1, 2], 'i')
print sorted(values), min(values), max(values), sum(values)
print [v * 2 for v in values], 2 in values, 5 in values
print values[0:2], values == jarray.array([3, 1, 2], 'i')
squares = jarray.zeros(len(values), 'i')
for i in range(len(values)):
    squares[i] = values[i] ** 2
print squares
