import operator
print operator.div(7, 2)
print operator.floordiv(7, 2)
print operator.truediv(7, 2)
print reduce(operator.div, [100, 3, 2])
