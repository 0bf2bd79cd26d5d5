pairs = [(1, 'a'), (2, 'b')]
for num, (let) in pairs:
    print num, let
def swap((a, b)):
    return b, a
print swap((1, 2))
x, (y, z) = 1, (2, 3)
print x, y, z
