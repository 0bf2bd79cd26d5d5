inf = float("inf")
print inf, -inf, repr(inf)
nan = float("nan")
print nan, repr(nan)
print inf > 1e308
