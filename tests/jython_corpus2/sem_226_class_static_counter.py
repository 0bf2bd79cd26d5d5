# sem: class static counter
class Registry(object):
    items = []
    def add(self, x):
        self.items.append(x)
Registry().add(1)
Registry().add(2)
print Registry.items
