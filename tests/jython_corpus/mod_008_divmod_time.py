total = 3725
m, s = divmod(total, 60)
h, m = divmod(m, 60)
print h, m, s
print divmod(-3725, 60)
