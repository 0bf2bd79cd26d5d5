inf = float('inf')
nan = float('nan')
print inf, -inf, nan
print repr(inf), str(nan)
print inf > 1e308, nan == nan
print '%f %f' % (inf, -inf)
