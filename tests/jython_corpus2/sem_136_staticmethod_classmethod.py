# sem: staticmethod classmethod
class U(object):
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls):
        return cls.__name__
print U.s(2), U.c(), U().c()
