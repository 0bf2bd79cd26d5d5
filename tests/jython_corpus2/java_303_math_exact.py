from java.lang import Math, Long, Integer, ArithmeticException
for f, args in [(Math.incrementExact, (1,)), (Math.decrementExact, (1,)), (Math.negateExact, (5,)),
                (Math.incrementExact, (Integer.MAX_VALUE,)), (Math.negateExact, (Long.MIN_VALUE,)),
                (Math.incrementExact, (Long.MAX_VALUE,)), (Math.subtractExact, (Long.MIN_VALUE, 1)),
                (Math.addExact, (5L, 1)), (Math.multiplyExact, (3, 4)), (Math.toIntExact, (5L,)),
                (Math.toIntExact, (-2147483649L,)), (Math.addExact, (Integer.MAX_VALUE, 1)),
                (Math.multiplyExact, (Long.MAX_VALUE, 2)), (Math.addExact, (1.5, 2)), (Math.toIntExact, (1.5,))]:
    try:
        print repr(f(*args))
    except ArithmeticException, e:
        print 'ArithmeticException', e.getMessage()
    except TypeError, e:
        print 'TypeError', e
