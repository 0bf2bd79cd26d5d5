# exc: isinstance exc
try:
    1 / 0
except Exception, e:
    print isinstance(e, ArithmeticError), isinstance(e, ZeroDivisionError), type(e).__name__
