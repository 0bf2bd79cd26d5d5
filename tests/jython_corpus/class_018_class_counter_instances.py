class Registry(object):
    items = []
    def add(self, x):
        self.items.append(x)
r1 = Registry()
r2 = Registry()
r1.add(1)
r2.add(2)
print r1.items, Registry.items
