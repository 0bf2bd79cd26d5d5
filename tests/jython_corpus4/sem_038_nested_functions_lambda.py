def make_scaler(k):
    return lambda x: x * k
doubler = make_scaler(2)
print map(doubler, [1, 2, 3])
print (lambda *a: len(a))(1, 2, 3), (lambda **k: sorted(k))(a=1, b=2)
