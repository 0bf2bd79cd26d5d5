print int('007'), int('-0'), int(' +5 ')
print int(1e10), type(int(1e10))
print long(1e20)
print float('1e-3'), float('-inf'), float(' 3 ')
