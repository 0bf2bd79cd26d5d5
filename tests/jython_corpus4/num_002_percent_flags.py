vals = [5, -5, 255, 0]
for v in vals:
    print '[%5d] [%-5d] [%05d] [%+d] [% d]' % (v, v, v, v, v)
    print '[%x] [%X] [%#x] [%#o] [%o]' % (abs(v), abs(v), abs(v), abs(v), abs(v))
