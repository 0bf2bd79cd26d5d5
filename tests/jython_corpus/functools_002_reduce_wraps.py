import functools
print functools.reduce(lambda a, b: a * b, [1, 2, 3, 4])
def deco(f):
    @functools.wraps(f)
    def wrapper(*a):
        return "wrapped:" + str(f(*a))
    return wrapper
@deco
def answer(x):
    return x * 2
print answer(21), answer.__name__
