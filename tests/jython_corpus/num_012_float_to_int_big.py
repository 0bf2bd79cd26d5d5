print int(1e18), type(int(1e18)).__name__
print int(1e20), type(int(1e20)).__name__
print long(1.5e10)
