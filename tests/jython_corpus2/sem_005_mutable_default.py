def add(x, acc=[]):
    acc.append(x)
    return acc
def outer():
    return add(1)
outer()
print add(2)
print outer()
