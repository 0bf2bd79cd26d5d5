# The format() builtin.
print repr(format(5, 'd')), repr(format(5, '03')), repr(format(u'a', '>3')), repr(format('a', '<3'))
print repr(format(3.5)), repr(format(1.0 / 3)), repr(format(None)), repr(format(True))
print repr(format([1, 2])), repr(format(u'x')), repr(format('x'))
print format(255, 'x'), format(255, '#x'), format(8, 'o'), format(5, 'b'), format(65, 'c')
print format(0.25, '.1%'), format(1234.5, 'e'), format(-1, '+'), format(1, ' ')
print format(2 ** 31, ','), format(-2 ** 33, 'x')
