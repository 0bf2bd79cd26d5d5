def make_counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc

c = make_counter()
print c(), c(), c()
def append_to(item, target=[]):
    target.append(item)
    return target
print append_to(1), append_to(2)
