# The mutable default argument, shared between calls.
def collect(item, bucket=[]):
    bucket.append(item)
    return bucket


print collect(1), collect(2), collect(3, []), collect(4)


class Registry(object):
    items = []

    def add(self, x):
        self.items.append(x)
        return len(self.items)


r1, r2 = Registry(), Registry()
print r1.add('a'), r2.add('b'), Registry.items
