def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print fact(5), fact(20), fact(25)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print [fib(i) for i in range(10)]
