# num: complex ops
z = 3 + 4j
print z * 2, z.conjugate(), abs(z), z == complex(3, 4)
