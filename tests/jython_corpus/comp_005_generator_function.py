def countdown(n):
    while n > 0:
        yield n
        n -= 1
print list(countdown(3))
g = countdown(2)
print g.next(), g.next()
