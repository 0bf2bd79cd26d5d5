# num: float special
inf = float('inf')
print inf, -inf, inf > 1e308
nan = float('nan')
print nan == nan, nan != nan
