for v in [255, 255L, 2 ** 40, -1, -255L, 0]:
    print hex(v), oct(v)
print '%x' % 2 ** 40, '%o' % 8L
