# sem: string is immutable id
a = [1]
b = a
b.append(2)
print a, a is b, [1] is [1], None is None
