z = complex(1, 2)
print z, z.real, z.imag, abs(complex(3, 4))
print 1j * 1j
