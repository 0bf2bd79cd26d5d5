# Floor division, modulo and divmod of ints and floats, negative operands included.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2)]:
    print a, b, a / b, a // b, a % b, divmod(a, b)
