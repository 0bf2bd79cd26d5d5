def make_scaler(k):
    def scale(v):
        return v * k
    return scale
double = make_scaler(2)
half = make_scaler(0.5)
print double(7), half(7)
print [make_scaler(i)(10) for i in range(3)]
