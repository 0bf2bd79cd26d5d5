print repr(len("abc")), repr(sum([1, 2])), repr(sum([2 ** 30, 2 ** 30]))
print repr(abs(-2147483648)), repr(abs(-5))
print repr(10 ** 9), repr(10 ** 10)
