def outer():
    items = []
    def add(x):
        items.append(x)
    add(1)
    add(2)
    return items
print outer()
